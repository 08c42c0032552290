# Liaison user interface — French (français), translated from en.ftl.
# Keys are grouped by page. Every other language must define exactly these keys
# (a test checks it).

## Navigation et cadre
nav-skip = Aller au contenu
nav-label = Navigation principale
nav-dashboard = Tableau de bord
nav-users = Utilisateurs
nav-units = Unités
nav-tokens = Jetons d'API
nav-settings = Paramètres du nœud
nav-audit = Journal d'audit
nav-account = Mon compte
nav-logout = Se déconnecter
footer-language = Langue
footer-tagline = coopération sécurisée entre services répressifs

## Actions et états courants
action-apply = Appliquer
action-save = Enregistrer
action-back = Retour
action-filter = Filtrer
action-copy = Copier
state-on = Activé
state-off = Désactivé
state-active = Actif
state-disabled = Désactivé
state-locked = Verrouillé
state-revoked = Révoqué

## Champs
field-username = Nom d'utilisateur
field-display-name = Nom complet
field-role = Rôle
field-unit = Unité
field-second-factor = Second facteur
field-status = Statut
field-last-login = Dernière connexion
field-last-used = Dernière utilisation
field-created = Création
field-code = Code
field-name = Nom
field-kind = Type
field-label = Libellé
field-node-name = Nœud
field-country = Pays
field-agency = Service
field-public-key = Clé publique du nœud (Ed25519)

## Rôles
role-officer = Agent (point de contact unique)
role-border-guard = Garde-frontière
role-analyst = Analyste
role-fiu-analyst = Analyste de la CRF
role-prosecutor = Procureur
role-investigator = Enquêteur (ECE)
role-dpo = Délégué à la protection des données
role-admin = Administrateur

## Types d'unité
unit-kind-spoc = Point de contact unique
unit-kind-sirene-bureau = Bureau SIRENE
unit-kind-ncb = Bureau central national d'INTERPOL
unit-kind-piu = Unité d'informations passagers
unit-kind-fiu = Cellule de renseignement financier
unit-kind-aro = Bureau de recouvrement des avoirs
unit-kind-central-authority = Autorité centrale (judiciaire)
unit-kind-other = Autre

## Connexion
login-title = Connexion
login-intro = Nœud Liaison { $node }. Les accès sont journalisés.
login-username = Nom d'utilisateur
login-password = Mot de passe
login-submit = Se connecter
login-failed = Nom d'utilisateur ou mot de passe incorrect.
login-locked = Trop de tentatives infructueuses. Ce compte est verrouillé ; réessayez dans { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
} ou adressez-vous à un administrateur.
login-rate-limited = Trop de tentatives de connexion depuis votre adresse réseau. Patientez une minute, puis réessayez.

## Second facteur
second-factor-title = Second facteur
second-factor-intro = Saisissez le code à 6 chiffres affiché par votre application d'authentification.
second-factor-code = Code
second-factor-recovery-hint = Vous avez perdu votre téléphone ? Saisissez plutôt l'un de vos codes de récupération.
second-factor-submit = Vérifier
second-factor-wrong = Ce code est erroné ou a expiré.

## Enrôlement
enrol-title = Configurez votre second facteur
enrol-intro = Ce nœud exige un second facteur. Scannez le code avec une application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator), puis saisissez le code qu'elle affiche.
enrol-qr-alt = Code QR pour votre application d'authentification
enrol-manual = Impossible de scanner le code ? Saisissez cette clé manuellement :
enrol-code = Code affiché par l'application
enrol-submit = Activer
recovery-title = Vos codes de récupération
recovery-intro = Conservez ces codes en lieu sûr, à l'écart de votre téléphone. Chacun d'eux vous permet de vous connecter une seule fois sans votre application d'authentification. Ils ne seront plus affichés par la suite.
recovery-done = Je les ai mis en lieu sûr

## Tableau de bord
dashboard-welcome = Bienvenue, { $name }
dashboard-you = Vous
dashboard-node = Ce nœud
dashboard-administration = Administration
dashboard-users = comptes utilisateurs
dashboard-sessions = sessions ouvertes
dashboard-tokens = jetons d'API actifs
dashboard-audit-events = événements d'audit
dashboard-shortcuts = Raccourcis
dashboard-api-docs = Documentation de l'API REST
dashboard-set-up-second-factor = Configurer un second facteur

## Mon compte
account-password = Mot de passe
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-confirm-password = Confirmez le nouveau mot de passe
account-change-password = Changer le mot de passe
account-recovery-left = { $count ->
    [0] Il ne vous reste aucun code de récupération.
    [one] Il vous reste un code de récupération.
   *[other] Il vous reste { $count } codes de récupération.
}
account-regenerate-codes = Nouveaux codes de récupération
account-regenerate-confirm = Vos codes de récupération actuels cesseront de fonctionner. Continuer ?
account-second-factor-off = Votre compte n'est protégé que par son mot de passe.
account-language = Langue de l'interface
account-language-auto = Selon les préférences de mon navigateur
password-mismatch = Les deux nouveaux mots de passe ne correspondent pas.
password-wrong-current = Le mot de passe actuel est incorrect.
password-same = Le nouveau mot de passe doit être différent de l'actuel.
password-too-short = Le mot de passe est trop court : utilisez au moins { $min } caractères.
password-too-long = Le mot de passe est trop long.
password-is-username = Le mot de passe ne doit pas être identique au nom d'utilisateur.
password-repetitive = Le mot de passe ne doit pas consister en un seul caractère répété.

## Utilisateurs (administration)
user-create = Créer un utilisateur
user-initial-password = Mot de passe initial
user-initial-password-hint = Au moins 12 caractères. L'utilisateur devra le changer lors de sa première connexion.
user-profile = Profil
user-access = Accès
user-enable = Activer le compte
user-disable = Désactiver le compte
user-disable-confirm = Désactiver ce compte et fermer ses sessions ?
user-reset-password = Réinitialiser le mot de passe
user-reset-password-confirm = Remplacer le mot de passe de cet utilisateur par un mot de passe à usage unique ?
user-temporary-password-explained = Mot de passe à usage unique pour { $name }. Transmettez-le par un canal distinct et de confiance ; l'utilisateur devra le changer lors de sa prochaine connexion.
user-reset-second-factor = Réinitialiser le second facteur
user-reset-second-factor-confirm = Supprimer le second facteur de cet utilisateur ? Il devra le configurer à nouveau.
user-invalid-username = Les noms d'utilisateur comportent de 3 à 64 lettres minuscules, chiffres, points, tirets ou traits de soulignement, et commencent par une lettre.
user-username-taken = Un utilisateur nommé { $name } existe déjà.
user-pick-role = Choisissez un rôle.
user-last-admin = Il s'agit du dernier administrateur actif de ce nœud. Créez d'abord un autre administrateur.
user-self-lockout = Vous ne pouvez ni désactiver votre propre compte ni vous retirer le rôle d'administrateur.
error-empty-name = Le nom ne doit pas être vide.

## Unités (administration)
unit-create = Créer une unité
unit-none = Aucune unité pour l'instant.
unit-code-hint = Code court, en minuscules, par ex. spoc ou sirene-paris.
unit-unknown = Il n'existe aucune unité portant le code { $code }.
unit-invalid-code = Les codes d'unité comportent de 1 à 40 lettres minuscules, chiffres, tirets ou traits de soulignement, et commencent par une lettre.
unit-code-taken = Une unité portant le code { $code } existe déjà.

## Jetons d'API (administration)
token-intro = Les systèmes nationaux appellent l'API REST au moyen d'un jeton. Chaque jeton agit avec un seul rôle et une seule unité ; révoquez-le lorsque le système n'en a plus besoin.
token-none = Aucun jeton d'API pour l'instant.
token-create = Créer un jeton
token-revoke = Révoquer
token-revoke-confirm = Révoquer ce jeton ? Les systèmes qui l'utilisent seront immédiatement refusés.
token-created-title = Jeton d'API créé
token-created-explained = Jeton pour { $label }. Configurez-le dans le système national sous la forme d'un en-tête HTTP : Authorization: Bearer suivi du jeton.
secret-shown-once = Cette valeur n'est affichée qu'une seule fois. Copiez-la maintenant : Liaison n'en conserve qu'une empreinte (hash).

## Paramètres du nœud (administration)
settings-security = Sécurité
settings-require-totp = Exiger un second facteur (TOTP) pour tous les utilisateurs
settings-require-totp-hint = Les utilisateurs qui n'en ont pas devront le configurer lors de leur prochaine connexion.
settings-from-file = Définis dans le fichier de configuration
settings-from-file-hint = Ces valeurs proviennent de liaison.toml et ne changent qu'au redémarrage du nœud.

## Journal d'audit
audit-action = Action
audit-actor = Auteur
audit-any = Toutes
audit-when = Date et heure (UTC)
audit-target = Objet
audit-outcome = Résultat
audit-source = Origine
audit-detail = Détail
audit-none = Aucun événement correspondant.
audit-older = Événements plus anciens
outcome-success = réussite
outcome-failure = échec
outcome-denied = refusé

## Messages de confirmation
flash-logged-out = Vous êtes maintenant déconnecté.
flash-must-change-password = Votre mot de passe a été défini par un administrateur. Choisissez votre propre mot de passe avant de continuer.
flash-password-changed = Votre mot de passe a été modifié.
flash-user-created = L'utilisateur a été créé.
flash-user-saved = Les modifications ont été enregistrées.
flash-user-disabled = Le compte a été désactivé et ses sessions ont été fermées.
flash-user-enabled = Le compte a été activé.
flash-second-factor-reset = Le second facteur a été supprimé.
flash-unit-created = L'unité a été créée.
flash-token-revoked = Le jeton a été révoqué.
flash-settings-saved = Les paramètres ont été enregistrés.

## Erreurs
error-title = Une erreur s'est produite
error-back = Retour au tableau de bord
error-forbidden = Votre rôle ne vous y autorise pas.
error-not-found = Cette page ou cet enregistrement n'existe pas.
error-csrf = Ce formulaire a expiré ou ne provient pas de ce nœud (échec du contrôle de sécurité). Revenez en arrière, rechargez la page et réessayez.
error-internal = Le nœud n'a pas pu traiter cette demande. Les détails figurent dans le journal du nœud.
error-bad-request = La requête est mal formée.

## Enregistrements : recherche et consultation
nav-records = Enregistrements
records-search-title = Rechercher des enregistrements
records-review-due = { $count ->
    [one] Un enregistrement a atteint sa date de réexamen.
   *[other] { $count } enregistrements ont atteint leur date de réexamen.
}
records-purpose-legend = Finalité de cet accès
records-purpose-hint = Chaque recherche et chaque consultation de données à caractère personnel est journalisée avec son auteur, sa date et son motif. Indiquez la finalité et l'affaire à laquelle l'accès se rapporte.
records-purpose = Finalité
records-purpose-example = par ex. identifier le conducteur du véhicule saisi
records-purpose-missing = Indiquez en quelques mots la finalité de cet accès.
records-case-missing = Indiquez la référence de l'affaire à laquelle se rapporte cet accès.
records-no-criteria = Indiquez au moins un critère de recherche.
records-field-name = Nom
records-field-date-of-birth = Date de naissance
records-field-document-number = Numéro du document
records-field-plate = Plaque d'immatriculation
records-field-vin = VIN
records-field-iban = IBAN
records-field-phone = Téléphone
records-field-email = Courriel
records-search = Rechercher
records-results = { $count ->
    [0] Aucun enregistrement trouvé.
    [one] Un enregistrement trouvé.
   *[other] { $count } enregistrements trouvés.
}
records-record = Enregistrement
records-logged = Cet accès a été consigné dans le journal d'audit avec sa finalité.
records-open = Ouvrir l'enregistrement
record-case = Référence de l'affaire
record-category = Catégorie de personnes concernées
record-handling-code = Code de traitement
record-owner = Nœud propriétaire
record-evaluation = Évaluation (4x4)
record-collected-for = Collecté pour
record-review-after = À réexaminer après le
record-delete-after = À effacer après le
record-created = Création
record-restriction = Restriction fixée par le propriétaire
record-h1-warning = Code de traitement H1 : ne pas utiliser devant une juridiction sans l'autorisation du propriétaire.
record-about = À propos de cet enregistrement
record-relations = Enregistrements liés
record-no-relations = Aucun enregistrement lié.
record-hidden = (un enregistrement que votre rôle ne vous permet pas de voir)
record-accesses = Tous les accès à cet enregistrement
record-name = Nom
record-name-latin = Nom (alphabet latin)
record-alias = Alias
record-previous-name = Nom antérieur
record-date-of-birth = Date de naissance
record-place-of-birth = Lieu de naissance
record-nationalities = Nationalité
record-gender = Sexe
record-marks = Signes distinctifs
record-document-type = Type de document
record-issuing-country = Pays de délivrance
record-valid-from = Début de validité
record-valid-until = Fin de validité
record-mrz = Zone de lecture automatique
record-country = Pays
record-make-model = Marque et modèle
record-colour = Couleur
record-account-number = Numéro de compte
record-bic = BIC
record-bank = Banque
record-holder-name = Titulaire du compte (selon la banque)
record-registration-number = Numéro d'immatriculation
record-address = Adresse
record-coordinates = Coordonnées géographiques
record-serial-number = Numéro de série
record-calibre = Calibre
record-description = Description
record-period = Date ou période
record-place = Lieu
record-offences = Infractions (ICCS)
record-national-qualification = Qualification juridique nationale
gender-female = féminin
gender-male = masculin
gender-other = autre ou non précisé
kind-person = Personne
kind-document = Document
kind-vehicle = Véhicule
kind-account = Compte bancaire
kind-phone = Numéro de téléphone
kind-email = Adresse électronique
kind-organisation = Organisation
kind-location = Lieu
kind-firearm = Arme à feu
kind-event = Événement
relation-holder-of = titulaire de
relation-owner-of = propriétaire de
relation-associate-of = associé à
relation-member-of = membre de
relation-used = a utilisé
relation-located-at = situé à
relation-involved-in = impliqué dans

## Audit log: redaction
audit-detail-dpo-only = (données à caractère personnel : visibles uniquement par le délégué à la protection des données)

## Enregistrements : import
import-title = Importer des enregistrements
import-intro = Un fichier CSV avec une ligne d'en-tête, ou JSON Lines, dans les colonnes de docs/data-model.md. Chaque ligne est d'abord vérifiée : si l'une est erronée, rien n'est écrit et vous obtenez la liste des problèmes.
import-file = Fichier
import-defaults = Valeurs pour les cellules vides
import-defaults-hint = Utilisées là où une ligne laisse la colonne vide.
import-submit = Vérifier et importer
import-no-file = Choisissez un fichier à importer.
import-done = { $records } enregistrement(s) importé(s)
import-done-relations = et { $relations } relation(s), en une seule transaction.
import-rejected = { $count ->
    [one] Le fichier a été rejeté en raison d'un problème. Rien n'a été écrit.
   *[other] Le fichier a été rejeté en raison de { $count } problèmes. Rien n'a été écrit.
}
import-line = Ligne
import-column = Colonne
import-reason = Problème

## Demandes d'accès des personnes concernées
sar-title = Demande d'accès de la personne concernée
sar-intro = Rassembler tout ce que ce nœud détient sur cette personne : l'enregistrement, les enregistrements qui y sont liés et chaque accès à ceux-ci. Ce rassemblement est lui-même journalisé.
sar-reference = Référence de la demande
sar-gather = Rassembler
sar-generated = Réponse à la demande { $reference }
sar-download-json = Télécharger en JSON

## Records: create, edit, link
record-new = Nouvel enregistrement
record-create = Créer l'enregistrement
record-edit = Modifier
record-save = Enregistrer les modifications
record-form-invalid = L'enregistrement n'a pas été sauvegardé : corrigez les champs signalés ci-dessous.
record-stale = Quelqu'un d'autre a modifié cet enregistrement depuis que vous l'avez ouvert. Rien n'a été sauvegardé : rouvrez-le pour voir la version actuelle.
record-created-notice = Enregistrement créé.
record-saved = Sauvegardé. Modifié : { $fields }.
record-nothing-changed = Aucune modification.
record-linked = Enregistrements liés.
record-unlinked = Lien supprimé.
record-already-linked = Ces enregistrements sont déjà liés de cette manière.
record-link-title = Lier à un autre enregistrement
record-link-direction = Sens
record-link-out = cet enregistrement → l'autre
record-link-in = l'autre → cet enregistrement
record-link-kind = Lien
record-link-other = Autre enregistrement (identifiant ou référence externe)
record-link-submit = Lier
record-unlink = supprimer le lien
record-history = Historique
record-history-created = Créé par { $who }
record-history-changed = Modifié par { $who } : { $fields }
column-ref-hint = external_ref de l'enregistrement lié
column-external-ref = Référence externe
column-external-ref-hint = identifiant de votre système, p. ex. P-1001
column-handling-code = Code de traitement
column-handling-restriction = Restriction de traitement (h3)
column-data-subject-category = Catégorie de personne concernée
column-evaluation = Évaluation (4x4)
column-evaluation-hint = source et information, p. ex. B2
column-case-reference = Référence du dossier
column-purpose = Collecté pour (finalité)
column-review-after = Réexamen après
column-delete-after = Suppression après
column-given-names = Prénoms (latin)
column-surname = Nom (latin)
column-native-given-names = Prénoms (écriture d'origine)
column-native-surname = Nom (écriture d'origine)
column-native-script = Écriture (ISO 15924)
column-native-script-hint = Cyrl, Arab, Grek, Hebr, Hani…
column-date-of-birth = Date de naissance
column-date-of-birth-hint = AAAA, AAAA-MM ou AAAA-MM-JJ
column-place-of-birth = Lieu de naissance
column-country-of-birth = Pays de naissance
column-nationalities = Nationalités
column-nationalities-hint = codes ISO séparés par ;, p. ex. FR;MA
column-gender = Sexe
column-aliases = Alias
column-aliases-hint = NOM, Prénoms | …
column-identifying-marks = Signes particuliers
column-holder-ref = Titulaire (référence externe)
column-document-type = Type de document
column-number = Numéro
column-issuing-country = Pays de délivrance
column-valid-from = Valable du
column-valid-from-hint = AAAA-MM-JJ
column-valid-until = Valable jusqu'au
column-valid-until-hint = AAAA-MM-JJ
column-mrz = Bande de lecture optique (MRZ)
column-owner-ref = Propriétaire (référence externe)
column-vin = Numéro VIN
column-plate = Immatriculation
column-plate-country = Pays d'immatriculation
column-make = Marque
column-model = Modèle
column-colour = Couleur
column-iban = IBAN
column-account-number = Numéro de compte (hors IBAN)
column-bic = BIC
column-bank-name = Banque
column-holder-name = Titulaire selon la banque
column-country = Pays
column-user-ref = Utilisateur (référence externe)
column-address = Adresse
column-name = Nom
column-registration-number = Numéro d'immatriculation
column-street = Rue
column-postal-code = Code postal
column-city = Ville
column-latitude = Latitude
column-longitude = Longitude
column-serial-number = Numéro de série
column-calibre = Calibre
column-category = Catégorie (UE A–D)
column-description = Description
column-started = Début
column-started-hint = AAAA-MM-JJ
column-ended = Fin
column-ended-hint = AAAA-MM-JJ
column-place = Lieu
column-offences = Infractions (ICCS)
column-offences-hint = codes ICCS séparés par ;, p. ex. 0601
column-national-qualification = Qualification nationale
column-involved-refs = Impliqués (références externes)

## Messages (federation)
nav-messages = Messages
messages-unread-count = { $count ->
    [one] un message non lu
   *[other] { $count } messages non lus
}
messages-title = Messages
messages-inbox = Reçus
messages-outbox = Envoyés
messages-new = Nouveau message
messages-empty-inbox = Aucun message reçu pour l'instant.
messages-empty-outbox = Aucun message envoyé pour l'instant.
messages-col-handling = Traitement
messages-col-from = De
messages-col-to = À
messages-col-subject = Objet
messages-col-received = Reçu
messages-col-sent = Envoyé
messages-col-status = État
messages-delivered-at = remis { $at }
messages-read-at = lu { $at }
messages-newest = Messages les plus récents
messages-older = Messages plus anciens
messages-hint = Les messages circulent signés et chiffrés entre les nœuds des réseaux de ce nœud. L'ouverture d'un fil est journalisée et envoie un accusé de lecture à l'expéditeur.
messages-status-unread = Non lu
messages-status-read = Lu
messages-status-queued = En attente
messages-status-delivered = Remis
messages-status-rejected = Refusé
messages-marking-h0 = H0 — À utiliser uniquement pour prévenir et combattre la criminalité.
messages-marking-h1 = H1 — Inutilisable dans une procédure judiciaire sans l'autorisation du fournisseur.
messages-marking-h2 = H2 — Aucune diffusion sans l'autorisation du fournisseur.
messages-marking-h3 = H3 — Autres restrictions : respectez les conditions que le fournisseur indique dans le message.
messages-not-federated-title = Ce nœud n'est pas encore fédéré
messages-not-federated = Les messages s'échangent avec les nœuds partenaires d'un réseau. Ce nœud n'a pas demandé à rejoindre de réseau : il ne peut ni envoyer ni recevoir de messages.
messages-join-requested-title = Ce nœud n'a encore rejoint aucun réseau
messages-join-requested = Ce nœud a écrit sa demande d'adhésion à un réseau, mais la réponse de l'autorité du réseau n'est pas encore installée.
messages-join-step-config = Donnez au nœud un point d'accès de fédération dans liaison.toml :
messages-join-step-request = Écrivez la demande d'adhésion et remettez le fichier à l'autorité du réseau :
messages-join-step-admit = L'autorité du réseau admet le nœud et renvoie l'annuaire et le certificat du nœud :
messages-join-step-join = Installez les deux, puis redémarrez le nœud :
messages-join-operator = Ces étapes incombent à l'exploitant du nœud, sur le serveur.
message-compose-title = Nouveau message
message-reply-title = Répondre
message-field-to = À
message-no-peers = Aucun nœud partenaire ne figure encore dans les réseaux de ce nœud.
message-field-handling-code = Code de traitement
message-field-evaluation = Évaluation (4x4)
message-choose = Choisir…
message-evaluation-option = source : { $source } ; information : { $accuracy }
message-handling-hint = Le code de traitement lie les destinataires : H1 interdit l'usage en procédure judiciaire, H2 toute diffusion ultérieure, sans votre autorisation.
message-field-subject = Objet
message-field-body = Message
message-send = Envoyer
message-form-invalid = Le message n'a pas été envoyé. Corrigez les champs signalés ci-dessous.
message-error-to = Choisissez au moins un nœud partenaire.
message-error-unknown-node = { $node } n'est pas membre actuel des réseaux de ce nœud.
message-error-handling-code = Choisissez un code de traitement.
message-error-evaluation = Choisissez une évaluation.
message-error-subject = Indiquez un objet de 300 caractères au plus.
message-error-body = Le message est trop long (1 Mio au plus).
message-error-thread = Ce fil n'est pas connu de ce nœud.
message-field-records = Enregistrements de ce nœud
message-field-record-ids = Ajouter des enregistrements par identifiant
message-record-ids-hint = Identifiants séparés par des espaces ou des virgules. La page d'un enregistrement a aussi un bouton « Envoyer dans un message ».
message-records-hint = Les enregistrements gardent leurs propres codes de traitement ; le message doit être au moins aussi strict que le plus strict d'entre eux. Chaque partage est inscrit au journal d'accès de l'enregistrement avec la finalité et l'affaire.
message-field-purpose = Finalité du partage
message-field-case = Affaire
message-field-files = Fichiers
message-files-hint = Fichiers de toute taille : chiffrés sur ce nœud pendant l'envoi, et transmis par morceaux avant le message.
message-files-again = Les fichiers choisis n'ont pas été conservés car le message n'a pas pu être envoyé : choisissez-les à nouveau.
message-error-record-id = « { $id } » n'est pas un identifiant d'enregistrement.
message-error-too-many-records = Un message porte au plus { $count } enregistrements.
message-error-no-record = Il n'y a pas d'enregistrement { $id } sur ce nœud.
message-error-record-refused = Vous ne pouvez pas partager l'enregistrement { $id } : votre rôle, votre unité ou son code de traitement ne le permet pas.
message-error-purpose = Pour partager des enregistrements, indiquez la finalité (quelques mots) et l'affaire.
message-error-record-stricter = Un enregistrement joint est { $code } : choisissez { $code } ou plus strict pour le message.
record-send-in-message = Envoyer dans un message
thread-title = Fil
thread-sent-notice = Le message est en file d'attente ; il est remis dès que chaque destinataire est joignable.
thread-receipts = Accusés
thread-read-by = lu par { $who }, { $at }
thread-records = { $count ->
    [one] Un enregistrement est joint à ce message.
   *[other] { $count } enregistrements sont joints à ce message.
}
thread-attachments = Fichiers joints
thread-attachments-hint = Récupérez et vérifiez un fichier sur le serveur avec
thread-logged = Votre ouverture de ce fil est journalisée.
thread-forward = Transférer…
thread-forward-note = Note d'accompagnement
thread-forward-keeps-code = La copie garde le code de traitement de ce message. Un message H2 ou H3 ne va à aucun tiers sans l'accord de son propriétaire.
thread-forward-submit = Transférer
thread-forwarded-notice = La copie est en file d'attente.
thread-forward-refused = Non transféré : ce message ne peut aller à { $nodes } qu'avec l'accord de son propriétaire, { $owner }.
thread-ask-reason = Pourquoi c'est nécessaire
thread-ask-permission = Demander l'accord de { $owner }
thread-asked-notice = Votre demande d'accord est en route vers le propriétaire.
thread-grant = Autoriser { $node } à le transférer à { $nodes }
thread-granted-notice = Accord donné : il est en route.

# Screening (issue 6)
nav-screening = Criblage
screening-title = Cribler les voyageurs
screening-alerts = { $count ->
    [one] Un signalement est en vigueur sur ce nœud.
   *[other] { $count } signalements sont en vigueur sur ce nœud.
}
screening-hint = Déposez une liste de passagers : CSV (id, given_names, surname, full_name_native, script, date_of_birth, nationality, gender, document_number) ou un message UN/EDIFACT PAXLST. Chaque voyageur est comparé à chaque signalement en vigueur, d'une écriture et d'une graphie à l'autre.
screening-file = Liste de passagers
screening-run = Cribler
screening-screened = { $count ->
    [one] Un voyageur criblé
   *[other] { $count } voyageurs criblés
}
screening-hits = { $count ->
    [0] aucune concordance
    [one] une concordance
   *[other] { $count } concordances
}
screening-none = Aucun voyageur ne correspond à un signalement en vigueur.
screening-candidates-hint = Chaque concordance reste un candidat tant que vous n'avez pas vérifié l'identité de la personne. Les raisons montrent ce qui concordait et combien cela comptait.
screening-col-score = Score
screening-col-traveller = Voyageur
screening-col-alert = Signalement
screening-col-why = Pourquoi
screening-no-file = Choisissez une liste de passagers.
screening-bad-file = La liste n'a pas pu être lue : { $reason }
screening-field-name = Nom
screening-field-date-of-birth = Date de naissance
screening-field-document-number = Document
screening-field-nationality = Nationalité
screening-field-gender = Sexe
alert-category-arrest-for-surrender = Arrestation aux fins de remise
alert-category-missing-person = Personne disparue
alert-category-judicial-procedure = Procédure judiciaire
alert-category-discreet-check = Contrôle discret
alert-category-inquiry-check = Contrôle d'investigation
alert-category-specific-check = Contrôle spécifique
alert-category-refusal-of-entry = Non-admission
alert-category-return-decision = Décision de retour
alert-category-travel-document = Document de voyage
alert-category-vehicle = Véhicule
alert-category-firearm = Arme à feu
alert-category-banknote = Billet de banque
alert-category-object = Objet
screening-partners = Interroger aussi les nœuds partenaires (concordance/non-concordance)
screening-partners-hint = Chaque partenaire répond seulement concordance ou non ; en cas de concordance, la référence, la catégorie et le contact de son signalement — jamais ses données. Les numéros de document sont comparés masqués. Les deux côtés journalisent la requête et sa finalité.
screening-purpose = Finalité de la requête
screening-case = Affaire
screening-purpose-missing = Pour interroger les nœuds partenaires, indiquez la finalité (quelques mots) et l'affaire.
screening-partner-title = Nœuds partenaires (concordance/non-concordance)
screening-partner-none = Aucun nœud partenaire ne signale de concordance.
screening-partner-failed = { $node } n'a pas répondu : { $reason }
screening-col-node = Nœud
screening-col-contact = Contact
screening-field-unconfirmed = Confirmation

# Concordances et signalements
nav-hits = Concordances
nav-alerts = Signalements
hits-title = Concordances
hits-hint = Chaque concordance avec un signalement, issue du contrôle sur ce nœud ou de la réponse concordance/non-concordance d'un partenaire, reste une candidate tant que l'identité de la personne n'a pas été vérifiée. Ensuite la conduite à tenir est exécutée (ou l'impossibilité motivée) et le propriétaire du signalement est informé ; il répond sous 12 heures.
hits-overdue = { $count ->
    [one] Un propriétaire n'a pas répondu sous 12 heures : escaladé.
   *[other] { $count } propriétaires n'ont pas répondu sous 12 heures : escaladé.
}
hits-show-open = Concordances ouvertes seulement
hits-show-all = Toutes les concordances, closes comprises
hits-none = Aucune concordance ouverte.
hits-col-found = Trouvée
hits-col-status = État
hits-col-subject = Objet du contrôle
hits-col-reply = Réponse du propriétaire
hit-reply-due-in = Réponse du propriétaire attendue dans { $time }
hit-reply-overdue = Réponse du propriétaire en retard de { $time }
hit-replied = Le propriétaire a répondu { $time }
hit-status-candidate = Candidate
hit-status-confirmed = Identité confirmée
hit-status-false-hit = Fausse concordance
hit-status-action-taken = Mesure prise
hit-status-action-not-possible = Mesure impossible
hit-status-owner-informed = Propriétaire informé
hit-status-closed = Close
hit-title = Concordance
hit-escalated = escaladé (journal, métriques)
hit-action = Conduite à tenir
hit-found = Trouvée
hit-report = Compte rendu au propriétaire
hit-report-thread = Fil avec le propriétaire
hit-steps = Étapes
hit-next = Étape suivante
hit-closed = Cette concordance est close.
hit-verify-hint = Vérifiez l'identité de la personne (documents, photographie, empreintes) avant d'agir : les concordances de noms sont souvent fausses.
hit-inform-hint = Informer { $node } lui envoie un compte rendu de la concordance (restreint, H2) dans un fil distinct ; réponse attendue sous 12 heures.
hit-inform-own-hint = Le signalement est celui de ce nœud : l'informer ne demande aucun message.
hit-note = Note (pourquoi, ce qui a été fait)
hit-step-confirmed = Identité confirmée
hit-step-false-hit = Fausse concordance
hit-step-action-taken = Mesure prise
hit-step-action-not-possible = Mesure impossible
hit-step-owner-informed = Informer le propriétaire
hit-step-closed = Clore
hit-moved-meanwhile = Quelqu'un a fait avancer cette concordance entre-temps ; voici où elle en est.
hit-note-needed = Motivez dans la note : elle est requise pour une fausse concordance et pour une mesure impossible.
hit-origin-screening = contrôle sur ce nœud
hit-origin-partner = réponse concordance/non-concordance d'un partenaire
flash-hit-moved = La concordance a avancé.
alerts-title = Signalements
alerts-count = { $count ->
    [one] Un signalement émis par ce nœud (les plus récents sont listés).
   *[other] { $count } signalements émis par ce nœud (les plus récents sont listés).
}
alerts-none = Ce nœud n'a émis aucun signalement.
alert-reference = Référence
alert-category = Catégorie
alert-subject = Objet
alert-valid-until = Valable jusqu'au
alert-state = État
alert-withdraw-reason = Motif
alert-withdraw = Retirer
alert-create = Émettre un signalement
alert-on-object = objet
alert-given-names = Prénoms
alert-surname = Nom
alert-native-name = Nom dans son écriture
alert-identifier = Identifiant
alert-identifier-hint = Numéro de document, VIN ou immatriculation, numéro de série, IBAN. Requis pour un signalement d'objet.
alert-handling-code = Code de diffusion
alert-action = Conduite à tenir en cas de concordance
alert-action-hint = Vide : la conduite habituelle de la catégorie.
alert-withdrawn-at = Retiré { $time }
alert-expired = Expiré
alert-in-force = En vigueur
alert-reference-missing = Donnez une référence au signalement.
alert-reference-taken = Ce nœud a déjà un signalement sous cette référence.
flash-alert-created = Le signalement est en vigueur ; le contrôle l'utilise dès maintenant.
flash-alert-withdrawn = Le signalement est retiré.
screening-check-title = Contrôler une personne ou un identifiant
screening-check-hint = Un nom (avec la date de naissance si connue), ou un identifiant seul : numéro de document, VIN ou immatriculation, numéro de série, IBAN.
screening-check-run = Contrôler
screening-check-empty = Donnez un nom ou un identifiant.
screening-open-hit = Ouvrir la concordance
