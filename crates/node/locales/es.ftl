# Liaison user interface — Spanish (español), translated from en.ftl.
# Keys are grouped by page. Every other language must define exactly these keys
# (a test checks it).

## Navegación y marco
nav-skip = Saltar al contenido
nav-label = Navegación principal
nav-dashboard = Panel
nav-users = Usuarios
nav-units = Unidades
nav-tokens = Tokens de API
nav-settings = Configuración del nodo
nav-audit = Registro de auditoría
nav-account = Mi cuenta
nav-logout = Cerrar sesión
footer-language = Idioma
footer-tagline = cooperación segura entre servicios con funciones coercitivas

## Acciones y estados comunes
action-apply = Aplicar
action-save = Guardar
action-back = Volver
action-filter = Filtrar
action-copy = Copiar
state-on = Activado
state-off = Desactivado
state-active = Activo
state-disabled = Desactivado
state-locked = Bloqueado
state-revoked = Revocado

## Campos
field-username = Nombre de usuario
field-display-name = Nombre completo
field-role = Rol
field-unit = Unidad
field-second-factor = Segundo factor
field-status = Estado
field-last-login = Último inicio de sesión
field-last-used = Último uso
field-created = Creación
field-code = Código
field-name = Nombre
field-kind = Tipo
field-label = Etiqueta
field-node-name = Nodo
field-country = País
field-agency = Organismo
field-public-key = Clave pública del nodo (Ed25519)

## Roles
role-officer = Agente (punto de contacto único)
role-border-guard = Guardia de fronteras
role-analyst = Analista
role-fiu-analyst = Analista de la UIF
role-prosecutor = Fiscal
role-investigator = Investigador (ECI)
role-dpo = Delegado de protección de datos
role-admin = Administrador

## Tipos de unidad
unit-kind-spoc = Punto de contacto único
unit-kind-sirene-bureau = Oficina SIRENE
unit-kind-ncb = Oficina Central Nacional de INTERPOL
unit-kind-piu = Unidad de información sobre pasajeros
unit-kind-fiu = Unidad de inteligencia financiera
unit-kind-aro = Oficina de recuperación de activos
unit-kind-central-authority = Autoridad central (judicial)
unit-kind-other = Otro

## Inicio de sesión
login-title = Iniciar sesión
login-intro = Nodo de Liaison { $node }. Los accesos quedan registrados.
login-username = Nombre de usuario
login-password = Contraseña
login-submit = Iniciar sesión
login-failed = Nombre de usuario o contraseña incorrectos.
login-locked = Demasiados intentos fallidos. Esta cuenta está bloqueada; vuelva a intentarlo dentro de { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
} o consulte a un administrador.
login-rate-limited = Demasiados intentos de inicio de sesión desde su dirección de red. Espere un minuto y vuelva a intentarlo.

## Segundo factor
second-factor-title = Segundo factor
second-factor-intro = Introduzca el código de 6 dígitos que muestra su aplicación de autenticación.
second-factor-code = Código
second-factor-recovery-hint = ¿Ha perdido su teléfono? Introduzca en su lugar uno de sus códigos de recuperación.
second-factor-submit = Verificar
second-factor-wrong = El código es incorrecto o ha caducado.

## Registro del segundo factor
enrol-title = Configure su segundo factor
enrol-intro = Este nodo exige un segundo factor. Escanee el código con una aplicación de autenticación (como FreeOTP, Aegis o Google Authenticator) e introduzca a continuación el código que muestre.
enrol-qr-alt = Código QR para su aplicación de autenticación
enrol-manual = ¿No puede escanearlo? Introduzca esta clave manualmente:
enrol-code = Código de la aplicación
enrol-submit = Activar
recovery-title = Sus códigos de recuperación
recovery-intro = Guarde estos códigos en un lugar seguro, lejos de su teléfono. Cada uno le permite iniciar sesión una vez sin su aplicación de autenticación. Solo se muestran ahora.
recovery-done = Ya los he guardado

## Panel
dashboard-welcome = Le damos la bienvenida, { $name }
dashboard-you = Usted
dashboard-node = Este nodo
dashboard-administration = Administración
dashboard-users = cuentas de usuario
dashboard-sessions = sesiones iniciadas
dashboard-tokens = tokens de API activos
dashboard-audit-events = eventos de auditoría
dashboard-shortcuts = Accesos directos
dashboard-api-docs = Documentación de la API REST
dashboard-set-up-second-factor = Configurar un segundo factor

## Mi cuenta
account-password = Contraseña
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-confirm-password = Repita la nueva contraseña
account-change-password = Cambiar la contraseña
account-recovery-left = { $count ->
    [0] No le queda ningún código de recuperación.
    [one] Le queda un código de recuperación.
   *[other] Le quedan { $count } códigos de recuperación.
}
account-regenerate-codes = Nuevos códigos de recuperación
account-regenerate-confirm = Sus códigos de recuperación actuales dejarán de funcionar. ¿Desea continuar?
account-second-factor-off = Su cuenta está protegida únicamente por su contraseña.
account-language = Idioma de la interfaz
account-language-auto = Según la preferencia de mi navegador
password-mismatch = Las dos contraseñas nuevas no coinciden.
password-wrong-current = La contraseña actual es incorrecta.
password-same = La nueva contraseña debe ser distinta de la actual.
password-too-short = La contraseña es demasiado corta: utilice al menos { $min } caracteres.
password-too-long = La contraseña es demasiado larga.
password-is-username = La contraseña no puede ser igual al nombre de usuario.
password-repetitive = La contraseña no puede consistir en un solo carácter repetido.

## Usuarios (administración)
user-create = Crear usuario
user-initial-password = Contraseña inicial
user-initial-password-hint = Al menos 12 caracteres. El usuario deberá cambiarla en su primer inicio de sesión.
user-profile = Perfil
user-access = Acceso
user-enable = Activar la cuenta
user-disable = Desactivar la cuenta
user-disable-confirm = ¿Desactivar esta cuenta y cerrar sus sesiones?
user-reset-password = Restablecer la contraseña
user-reset-password-confirm = ¿Sustituir la contraseña de este usuario por una contraseña de un solo uso?
user-temporary-password-explained = Contraseña de un solo uso para { $name }. Entréguela por un canal distinto y de confianza; el usuario deberá cambiarla en su próximo inicio de sesión.
user-reset-second-factor = Restablecer el segundo factor
user-reset-second-factor-confirm = ¿Eliminar el segundo factor de este usuario? Tendrá que configurarlo de nuevo.
user-invalid-username = Los nombres de usuario tienen entre 3 y 64 caracteres (letras minúsculas, dígitos, puntos, guiones o guiones bajos) y empiezan por una letra.
user-username-taken = Ya existe un usuario llamado { $name }.
user-pick-role = Elija un rol.
user-last-admin = Este es el último administrador activo del nodo. Cree primero otro administrador.
user-self-lockout = No puede desactivar su propia cuenta ni retirarse a sí mismo el rol de administrador.
error-empty-name = El nombre no puede estar vacío.

## Unidades (administración)
unit-create = Crear unidad
unit-none = Todavía no hay unidades.
unit-code-hint = Código corto, en minúsculas, p. ej. spoc o sirene-paris.
unit-unknown = No existe ninguna unidad con el código { $code }.
unit-invalid-code = Los códigos de unidad tienen entre 1 y 40 caracteres (letras minúsculas, dígitos, guiones o guiones bajos) y empiezan por una letra.
unit-code-taken = Ya existe una unidad con el código { $code }.

## Tokens de API (administración)
token-intro = Los sistemas nacionales llaman a la API REST mediante un token. Cada token actúa con un único rol y una única unidad; revóquelo cuando el sistema ya no lo necesite.
token-none = Todavía no hay tokens de API.
token-create = Crear token
token-revoke = Revocar
token-revoke-confirm = ¿Revocar este token? Los sistemas que lo utilicen serán rechazados de inmediato.
token-created-title = Token de API creado
token-created-explained = Token para { $label }. Configúrelo en el sistema nacional como cabecera HTTP: Authorization: Bearer seguido del token.
secret-shown-once = Solo se muestra esta vez. Cópielo ahora: Liaison solo conserva un hash.

## Configuración del nodo (administración)
settings-security = Seguridad
settings-require-totp = Exigir un segundo factor (TOTP) a todos los usuarios
settings-require-totp-hint = Los usuarios que no lo tengan deberán configurarlo en su próximo inicio de sesión.
settings-from-file = Del archivo de configuración
settings-from-file-hint = Estos valores proceden de liaison.toml y cambian cuando se reinicia el nodo.

## Registro de auditoría
audit-action = Acción
audit-actor = Autor
audit-any = Cualquiera
audit-when = Fecha y hora (UTC)
audit-target = Objeto
audit-outcome = Resultado
audit-source = Origen
audit-detail = Detalle
audit-none = No hay eventos que coincidan.
audit-older = Eventos anteriores
outcome-success = éxito
outcome-failure = fallo
outcome-denied = denegado

## Mensajes de confirmación
flash-logged-out = Ha cerrado la sesión.
flash-must-change-password = Su contraseña la estableció un administrador. Elija su propia contraseña antes de continuar.
flash-password-changed = Se ha cambiado su contraseña.
flash-user-created = Se ha creado el usuario.
flash-user-saved = Se han guardado los cambios.
flash-user-disabled = Se ha desactivado la cuenta y se han cerrado sus sesiones.
flash-user-enabled = Se ha activado la cuenta.
flash-second-factor-reset = Se ha eliminado el segundo factor.
flash-unit-created = Se ha creado la unidad.
flash-token-revoked = Se ha revocado el token.
flash-settings-saved = Se ha guardado la configuración.

## Errores
error-title = Se ha producido un error
error-back = Volver al panel
error-forbidden = Su rol no lo permite.
error-not-found = Esta página o registro no existe.
error-csrf = Este formulario ha caducado o no procede de este nodo (ha fallado la comprobación de seguridad). Vuelva atrás, recargue la página e inténtelo de nuevo.
error-internal = El nodo no ha podido completar esta solicitud. Los detalles figuran en el registro del nodo.
error-bad-request = La solicitud no tiene un formato válido.

## Registros: búsqueda y consulta
nav-records = Registros
records-search-title = Buscar registros
records-review-due = { $count ->
    [one] Un registro ha alcanzado su fecha de revisión.
   *[other] { $count } registros han alcanzado su fecha de revisión.
}
records-purpose-legend = Finalidad de este acceso
records-purpose-hint = Cada búsqueda y cada consulta de datos personales queda registrada con quién, cuándo y por qué. Indique la finalidad y el caso al que sirve el acceso.
records-purpose = Finalidad
records-purpose-example = p. ej., identificar al conductor del vehículo incautado
records-purpose-missing = Indique en pocas palabras la finalidad de este acceso.
records-case-missing = Indique la referencia del caso al que sirve este acceso.
records-no-criteria = Indique al menos un criterio de búsqueda.
records-field-name = Nombre
records-field-date-of-birth = Fecha de nacimiento
records-field-document-number = Número de documento
records-field-plate = Matrícula
records-field-vin = VIN
records-field-iban = IBAN
records-field-phone = Teléfono
records-field-email = Correo electrónico
records-search = Buscar
records-results = { $count ->
    [0] No se ha encontrado ningún registro.
    [one] Se ha encontrado un registro.
   *[other] Se han encontrado { $count } registros.
}
records-record = Registro
records-logged = Este acceso ha quedado anotado en el registro de auditoría junto con su finalidad.
records-open = Abrir el registro
record-case = Referencia del caso
record-category = Categoría de interesados
record-handling-code = Código de tratamiento
record-owner = Nodo propietario
record-evaluation = Evaluación (4x4)
record-collected-for = Recogido para
record-review-after = Revisar después del
record-delete-after = Suprimir después del
record-created = Creación
record-restriction = Restricción establecida por el propietario
record-h1-warning = Código de tratamiento H1: no puede utilizarse ante un tribunal sin la autorización del propietario.
record-about = Acerca de este registro
record-relations = Registros vinculados
record-no-relations = No hay registros vinculados.
record-hidden = (un registro que su rol no le permite ver)
record-accesses = Todos los accesos a este registro
record-name = Nombre
record-name-latin = Nombre (alfabeto latino)
record-alias = Alias
record-previous-name = Nombre anterior
record-date-of-birth = Fecha de nacimiento
record-place-of-birth = Lugar de nacimiento
record-nationalities = Nacionalidad
record-gender = Sexo
record-marks = Señas particulares
record-document-type = Tipo de documento
record-issuing-country = País de expedición
record-valid-from = Válido desde
record-valid-until = Válido hasta
record-mrz = Zona de lectura mecánica
record-country = País
record-make-model = Marca y modelo
record-colour = Color
record-account-number = Número de cuenta
record-bic = BIC
record-bank = Banco
record-holder-name = Titular de la cuenta (según el banco)
record-registration-number = Número de registro
record-address = Dirección
record-coordinates = Coordenadas
record-serial-number = Número de serie
record-calibre = Calibre
record-description = Descripción
record-period = Fecha o período
record-place = Lugar
record-offences = Delitos (ICCS)
record-national-qualification = Calificación jurídica nacional
gender-female = femenino
gender-male = masculino
gender-other = otro o no especificado
kind-person = Persona
kind-document = Documento
kind-vehicle = Vehículo
kind-account = Cuenta bancaria
kind-phone = Número de teléfono
kind-email = Dirección de correo electrónico
kind-organisation = Organización
kind-location = Lugar
kind-firearm = Arma de fuego
kind-event = Hecho
relation-holder-of = titular de
relation-owner-of = propietario de
relation-associate-of = asociado de
relation-member-of = miembro de
relation-used = utilizó
relation-located-at = situado en
relation-involved-in = implicado en

## Audit log: redaction
audit-detail-dpo-only = (datos personales: visibles solo para el delegado de protección de datos)

## Registros: importación
import-title = Importar registros
import-intro = Un archivo CSV con fila de encabezado, o JSON Lines, con las columnas de docs/data-model.md. Primero se comprueba cada fila: si alguna es incorrecta, no se escribe nada y recibe la lista de problemas.
import-file = Archivo
import-defaults = Valores para las celdas vacías
import-defaults-hint = Se usan cuando una fila deja la columna vacía.
import-submit = Comprobar e importar
import-no-file = Elija un archivo para importar.
import-done = Se han importado { $records } registro(s)
import-done-relations = y { $relations } relación(es), en una sola transacción.
import-rejected = { $count ->
    [one] El archivo se ha rechazado por un problema. No se ha escrito nada.
   *[other] El archivo se ha rechazado por { $count } problemas. No se ha escrito nada.
}
import-line = Línea
import-column = Columna
import-reason = Problema

## Solicitudes de acceso del interesado
sar-title = Solicitud de acceso del interesado
sar-intro = Reunir todo lo que este nodo conserva sobre esta persona: el registro, los registros vinculados y cada acceso a ellos. La propia recopilación queda registrada.
sar-reference = Referencia de la solicitud
sar-gather = Reunir
sar-generated = Respuesta a la solicitud { $reference }
sar-download-json = Descargar en JSON

## Records: create, edit, link
record-new = Nuevo registro
record-create = Crear registro
record-edit = Editar
record-save = Guardar cambios
record-form-invalid = El registro no se ha guardado: corrija los campos señalados abajo.
record-stale = Otra persona ha modificado este registro desde que lo abrió. No se ha guardado nada: ábralo de nuevo para ver la versión actual.
record-created-notice = Registro creado.
record-saved = Guardado. Modificado: { $fields }.
record-nothing-changed = Sin cambios.
record-linked = Registros vinculados.
record-unlinked = Vínculo eliminado.
record-already-linked = Estos registros ya están vinculados de esta forma.
record-link-title = Vincular con otro registro
record-link-direction = Dirección
record-link-out = este registro → el otro
record-link-in = el otro → este registro
record-link-kind = Vínculo
record-link-other = Otro registro (identificador o referencia externa)
record-link-submit = Vincular
record-unlink = eliminar vínculo
record-history = Historial
record-history-created = Creado por { $who }
record-history-changed = Modificado por { $who }: { $fields }
column-ref-hint = external_ref del registro vinculado
column-external-ref = Referencia externa
column-external-ref-hint = identificador de su sistema, p. ej. P-1001
column-handling-code = Código de tratamiento
column-handling-restriction = Restricción de tratamiento (h3)
column-data-subject-category = Categoría del interesado
column-evaluation = Evaluación (4x4)
column-evaluation-hint = fuente e información, p. ej. B2
column-case-reference = Referencia del caso
column-purpose = Recogido para (finalidad)
column-review-after = Revisión después de
column-delete-after = Supresión después de
column-given-names = Nombre (latino)
column-surname = Apellidos (latino)
column-native-given-names = Nombre (escritura original)
column-native-surname = Apellidos (escritura original)
column-native-script = Escritura (ISO 15924)
column-native-script-hint = Cyrl, Arab, Grek, Hebr, Hani…
column-date-of-birth = Fecha de nacimiento
column-date-of-birth-hint = AAAA, AAAA-MM o AAAA-MM-DD
column-place-of-birth = Lugar de nacimiento
column-country-of-birth = País de nacimiento
column-nationalities = Nacionalidades
column-nationalities-hint = códigos ISO separados por ;, p. ej. ES;CO
column-gender = Sexo
column-aliases = Alias
column-aliases-hint = APELLIDOS, Nombre | …
column-identifying-marks = Señas particulares
column-holder-ref = Titular (referencia externa)
column-document-type = Tipo de documento
column-number = Número
column-issuing-country = País emisor
column-valid-from = Válido desde
column-valid-from-hint = AAAA-MM-DD
column-valid-until = Válido hasta
column-valid-until-hint = AAAA-MM-DD
column-mrz = Zona de lectura mecánica (MRZ)
column-owner-ref = Propietario (referencia externa)
column-vin = Número VIN
column-plate = Matrícula
column-plate-country = País de matriculación
column-make = Marca
column-model = Modelo
column-colour = Color
column-iban = IBAN
column-account-number = Número de cuenta (no IBAN)
column-bic = BIC
column-bank-name = Banco
column-holder-name = Titular según el banco
column-country = País
column-user-ref = Usuario (referencia externa)
column-address = Dirección
column-name = Nombre
column-registration-number = Número de registro
column-street = Calle
column-postal-code = Código postal
column-city = Ciudad
column-latitude = Latitud
column-longitude = Longitud
column-serial-number = Número de serie
column-calibre = Calibre
column-category = Categoría (UE A–D)
column-description = Descripción
column-started = Inicio
column-started-hint = AAAA-MM-DD
column-ended = Fin
column-ended-hint = AAAA-MM-DD
column-place = Lugar
column-offences = Delitos (ICCS)
column-offences-hint = códigos ICCS separados por ;, p. ej. 0601
column-national-qualification = Calificación nacional
column-involved-refs = Implicados (referencias externas)

## Messages (federation)
nav-messages = Mensajes
messages-unread-count = { $count ->
    [one] un mensaje sin leer
   *[other] { $count } mensajes sin leer
}
messages-title = Mensajes
messages-inbox = Recibidos
messages-outbox = Enviados
messages-new = Nuevo mensaje
messages-empty-inbox = Todavía no se ha recibido ningún mensaje.
messages-empty-outbox = Todavía no se ha enviado ningún mensaje.
messages-col-handling = Tratamiento
messages-col-from = De
messages-col-to = Para
messages-col-subject = Asunto
messages-col-received = Recibido
messages-col-sent = Enviado
messages-col-status = Estado
messages-delivered-at = entregado { $at }
messages-read-at = leído { $at }
messages-newest = Mensajes más recientes
messages-older = Mensajes anteriores
messages-hint = Los mensajes viajan firmados y cifrados entre los nodos de las redes de este nodo. Abrir un hilo queda registrado y envía al remitente un acuse de lectura.
messages-status-unread = Sin leer
messages-status-read = Leído
messages-status-queued = En cola
messages-status-delivered = Entregado
messages-status-rejected = Rechazado
messages-marking-h0 = H0 — Uso exclusivo para prevenir y combatir la delincuencia.
messages-marking-h1 = H1 — No utilizable en procedimientos judiciales sin la autorización del proveedor.
messages-marking-h2 = H2 — Ninguna difusión sin la autorización del proveedor.
messages-marking-h3 = H3 — Otras restricciones: respete las condiciones que el proveedor indica en el mensaje.
messages-not-federated-title = Este nodo aún no está federado
messages-not-federated = Los mensajes se intercambian con los nodos asociados de una red. Este nodo no ha solicitado unirse a ninguna red, por lo que no puede enviar ni recibir mensajes.
messages-join-requested-title = Este nodo aún no se ha unido a ninguna red
messages-join-requested = Este nodo ha escrito su solicitud de adhesión a una red, pero la respuesta de la autoridad de la red aún no está instalada.
messages-join-step-config = Dé al nodo un punto de acceso de federación en liaison.toml:
messages-join-step-request = Escriba la solicitud de adhesión y entregue el archivo a la autoridad de la red:
messages-join-step-admit = La autoridad de la red admite el nodo y devuelve el directorio y el certificado del nodo:
messages-join-step-join = Instale ambos y reinicie el nodo:
messages-join-operator = Estos pasos corresponden al operador del nodo, en el servidor.
message-compose-title = Nuevo mensaje
message-reply-title = Responder
message-field-to = Para
message-no-peers = Todavía no figura ningún nodo asociado en las redes de este nodo.
message-field-handling-code = Código de tratamiento
message-field-evaluation = Evaluación (4x4)
message-choose = Elegir…
message-evaluation-option = fuente: { $source }; información: { $accuracy }
message-handling-hint = El código de tratamiento vincula a los destinatarios: H1 prohíbe el uso en procedimientos judiciales y H2 cualquier difusión posterior, sin su autorización.
message-field-subject = Asunto
message-field-body = Mensaje
message-send = Enviar
message-form-invalid = El mensaje no se ha enviado. Corrija los campos señalados abajo.
message-error-to = Elija al menos un nodo asociado.
message-error-unknown-node = { $node } no es miembro actual de las redes de este nodo.
message-error-handling-code = Elija un código de tratamiento.
message-error-evaluation = Elija una evaluación.
message-error-subject = Indique un asunto de 300 caracteres como máximo.
message-error-body = El mensaje es demasiado largo (1 MiB como máximo).
message-error-thread = Este hilo no es conocido en este nodo.
message-field-records = Registros de este nodo
message-field-record-ids = Añadir registros por identificador
message-record-ids-hint = Identificadores separados por espacios o comas. La página de un registro también tiene el botón «Enviar en un mensaje».
message-records-hint = Los registros conservan sus propios códigos de tratamiento; el mensaje debe ser al menos tan estricto como el más estricto de ellos. Cada envío de un registro queda en su registro de accesos con la finalidad y el caso.
message-field-purpose = Finalidad del envío
message-field-case = Caso
message-field-files = Archivos
message-files-hint = Archivos de cualquier tamaño: cifrados en este nodo al subirlos y enviados por partes antes del mensaje.
message-files-again = Los archivos elegidos no se conservaron porque el mensaje no pudo enviarse: vuelva a elegirlos.
message-error-record-id = «{ $id }» no es un identificador de registro.
message-error-too-many-records = Un mensaje lleva como máximo { $count } registros.
message-error-no-record = No hay ningún registro { $id } en este nodo.
message-error-record-refused = No puede compartir el registro { $id }: su función, su unidad o su código de tratamiento no lo permiten.
message-error-purpose = Para compartir registros, indique la finalidad (unas palabras) y el caso.
message-error-record-stricter = Un registro adjunto es { $code }: elija { $code } o más estricto para el mensaje.
record-send-in-message = Enviar en un mensaje
thread-title = Hilo
thread-sent-notice = El mensaje está en cola; se entrega en cuanto cada destinatario esté accesible.
thread-receipts = Acuses
thread-read-by = leído por { $who }, { $at }
thread-records = { $count ->
    [one] Hay un registro adjunto a este mensaje.
   *[other] Hay { $count } registros adjuntos a este mensaje.
}
thread-attachments = Archivos adjuntos
thread-attachments-hint = Obtenga y compruebe un archivo en el servidor con
thread-logged = Su apertura de este hilo queda registrada.
thread-forward = Reenviar…
thread-forward-note = Nota que lo acompaña
thread-forward-keeps-code = La copia conserva el código de tratamiento de este mensaje. Un mensaje H2 o H3 no va a ningún tercero sin el permiso de su propietario.
thread-forward-submit = Reenviar
thread-forwarded-notice = La copia está en cola.
thread-forward-refused = No reenviado: este mensaje solo puede ir a { $nodes } con el permiso de su propietario, { $owner }.
thread-ask-reason = Por qué hace falta
thread-ask-permission = Pedir permiso a { $owner }
thread-asked-notice = Su solicitud de permiso va de camino al propietario.
thread-grant = Permitir a { $node } reenviarlo a { $nodes }
thread-granted-notice = Permiso concedido: va de camino.

# Screening (issue 6)
nav-screening = Cribado
screening-title = Cribar viajeros
screening-alerts = { $count ->
    [one] Hay una descripción en vigor en este nodo.
   *[other] Hay { $count } descripciones en vigor en este nodo.
}
screening-hint = Suba una lista de pasajeros: CSV (id, given_names, surname, full_name_native, script, date_of_birth, nationality, gender, document_number) o un mensaje UN/EDIFACT PAXLST. Cada viajero se compara con cada descripción en vigor, entre escrituras y grafías.
screening-file = Lista de pasajeros
screening-run = Cribar
screening-screened = { $count ->
    [one] Un viajero cribado
   *[other] { $count } viajeros cribados
}
screening-hits = { $count ->
    [0] ninguna coincidencia
    [one] una coincidencia
   *[other] { $count } coincidencias
}
screening-none = Ningún viajero coincide con una descripción en vigor.
screening-candidates-hint = Cada coincidencia es un candidato hasta que haya verificado la identidad de la persona. Los motivos muestran qué coincidió y cuánto contó.
screening-col-score = Puntuación
screening-col-traveller = Viajero
screening-col-alert = Descripción
screening-col-why = Por qué
screening-no-file = Elija una lista de pasajeros.
screening-bad-file = No se pudo leer la lista: { $reason }
screening-field-name = Nombre
screening-field-date-of-birth = Fecha de nacimiento
screening-field-document-number = Documento
screening-field-nationality = Nacionalidad
screening-field-gender = Sexo
alert-category-arrest-for-surrender = Detención a efectos de entrega
alert-category-missing-person = Persona desaparecida
alert-category-judicial-procedure = Procedimiento judicial
alert-category-discreet-check = Control discreto
alert-category-inquiry-check = Control de investigación
alert-category-specific-check = Control específico
alert-category-refusal-of-entry = Denegación de entrada
alert-category-return-decision = Decisión de retorno
alert-category-travel-document = Documento de viaje
alert-category-vehicle = Vehículo
alert-category-firearm = Arma de fuego
alert-category-banknote = Billete de banco
alert-category-object = Objeto
screening-partners = Preguntar también a los nodos socios (coincidencia/no coincidencia)
screening-partners-hint = Cada socio responde solo coincidencia o no; si coincide, la referencia, la categoría y el contacto de su descripción, nunca sus datos. Los números de documento se comparan cegados. Ambas partes registran la consulta con su finalidad.
screening-purpose = Finalidad de la consulta
screening-case = Caso
screening-purpose-missing = Para preguntar a los nodos socios, indique la finalidad (unas palabras) y el caso.
screening-partner-title = Nodos socios (coincidencia/no coincidencia)
screening-partner-none = Ningún nodo socio comunica una coincidencia.
screening-partner-failed = { $node } no respondió: { $reason }
screening-col-node = Nodo
screening-col-contact = Contacto
screening-field-unconfirmed = Confirmación

# Coincidencias y descripciones
nav-hits = Coincidencias
nav-alerts = Descripciones
hits-title = Coincidencias
hits-hint = Cada coincidencia con una descripción, del control en este nodo o de la respuesta coincidencia/sin coincidencia de un socio, sigue siendo candidata hasta que alguien verifique la identidad de la persona. Después se toma la medida (o se anota por qué no fue posible) y se informa al titular de la descripción, que responde en 12 horas.
hits-overdue = { $count ->
    [one] Un titular no ha respondido en 12 horas: escalado.
   *[other] { $count } titulares no han respondido en 12 horas: escalado.
}
hits-show-open = Solo coincidencias abiertas
hits-show-all = Todas las coincidencias, también las cerradas
hits-none = Ninguna coincidencia abierta.
hits-col-found = Encontrada
hits-col-status = Estado
hits-col-subject = Sujeto
hits-col-reply = Respuesta del titular
hit-reply-due-in = Respuesta del titular en { $time }
hit-reply-overdue = Respuesta del titular con { $time } de retraso
hit-replied = El titular respondió { $time }
hit-status-candidate = Candidata
hit-status-confirmed = Identidad confirmada
hit-status-false-hit = Falsa coincidencia
hit-status-action-taken = Medida tomada
hit-status-action-not-possible = Medida imposible
hit-status-owner-informed = Titular informado
hit-status-closed = Cerrada
hit-title = Coincidencia
hit-escalated = escalado (registro, métricas)
hit-action = Medida que tomar
hit-found = Encontrada
hit-report = Informe al titular
hit-report-thread = Hilo con el titular
hit-steps = Pasos
hit-next = Paso siguiente
hit-closed = Esta coincidencia está cerrada.
hit-verify-hint = Verifique la identidad de la persona (documentos, fotografía, huellas) antes de actuar: las coincidencias de nombre suelen ser falsas.
hit-inform-hint = Informar a { $node } le envía un informe de la coincidencia (restringido, H2) en un hilo propio; debe responder en 12 horas.
hit-inform-own-hint = La descripción es de este nodo: informar a su titular no requiere mensaje.
hit-note = Nota (por qué, qué se hizo)
hit-step-confirmed = Identidad confirmada
hit-step-false-hit = Falsa coincidencia
hit-step-action-taken = Medida tomada
hit-step-action-not-possible = Medida imposible
hit-step-owner-informed = Informar al titular
hit-step-closed = Cerrar
hit-moved-meanwhile = Alguien ha avanzado esta coincidencia mientras tanto; así está ahora.
hit-note-needed = Explique el motivo en la nota: es necesaria para una falsa coincidencia y para una medida imposible.
hit-origin-screening = control en este nodo
hit-origin-partner = respuesta coincidencia/sin coincidencia de un socio
flash-hit-moved = La coincidencia ha avanzado.
alerts-title = Descripciones
alerts-count = { $count ->
    [one] Una descripción emitida por este nodo (se listan las más recientes).
   *[other] { $count } descripciones emitidas por este nodo (se listan las más recientes).
}
alerts-none = Este nodo no ha emitido ninguna descripción.
alert-reference = Referencia
alert-category = Categoría
alert-subject = Sujeto
alert-valid-until = Válida hasta
alert-state = Estado
alert-withdraw-reason = Motivo
alert-withdraw = Retirar
alert-create = Emitir una descripción
alert-on-object = objeto
alert-given-names = Nombres
alert-surname = Apellidos
alert-native-name = Nombre en su escritura
alert-identifier = Identificador
alert-identifier-hint = Número de documento, VIN o matrícula, número de serie, IBAN. Necesario para una descripción de objeto.
alert-handling-code = Código de difusión
alert-action = Medida en caso de coincidencia
alert-action-hint = Vacío: la medida habitual de la categoría.
alert-withdrawn-at = Retirada { $time }
alert-expired = Caducada
alert-in-force = En vigor
alert-reference-missing = Dé una referencia a la descripción.
alert-reference-taken = Este nodo ya tiene una descripción con esta referencia.
flash-alert-created = La descripción está en vigor; el control la usa desde ahora.
flash-alert-withdrawn = La descripción está retirada.
screening-check-title = Comprobar una persona o un identificador
screening-check-hint = Un nombre (con la fecha de nacimiento si se conoce) o solo un identificador: número de documento, VIN o matrícula, número de serie, IBAN.
screening-check-run = Comprobar
screening-check-empty = Indique un nombre o un identificador.
screening-open-hit = Abrir la coincidencia
