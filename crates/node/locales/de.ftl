# Liaison user interface — German (Deutsch), translated from en.ftl.
# Keys are grouped by page. Every other language must define exactly these keys
# (a test checks it).

## Navigation und Rahmen
nav-skip = Zum Inhalt springen
nav-label = Hauptnavigation
nav-dashboard = Übersicht
nav-users = Benutzer
nav-units = Dienststellen
nav-tokens = API-Token
nav-settings = Knoteneinstellungen
nav-audit = Audit-Protokoll
nav-account = Mein Konto
nav-logout = Abmelden
footer-language = Sprache
footer-tagline = sichere Zusammenarbeit zwischen Strafverfolgungsbehörden

## Allgemeine Aktionen und Zustände
action-apply = Anwenden
action-save = Speichern
action-back = Zurück
action-filter = Filtern
action-copy = Kopieren
state-on = Ein
state-off = Aus
state-active = Aktiv
state-disabled = Deaktiviert
state-locked = Gesperrt
state-revoked = Widerrufen

## Felder
field-username = Benutzername
field-display-name = Vollständiger Name
field-role = Rolle
field-unit = Dienststelle
field-second-factor = Zweiter Faktor
field-status = Status
field-last-login = Letzte Anmeldung
field-last-used = Zuletzt verwendet
field-created = Erstellt
field-code = Kürzel
field-name = Name
field-kind = Art
field-label = Bezeichnung
field-node-name = Knoten
field-country = Land
field-agency = Behörde
field-public-key = Öffentlicher Schlüssel des Knotens (Ed25519)

## Rollen
role-officer = Beamter (zentrale Kontaktstelle)
role-border-guard = Grenzschutzbeamter
role-analyst = Analyst
role-fiu-analyst = FIU-Analyst
role-prosecutor = Staatsanwalt
role-investigator = Ermittler (GEG)
role-dpo = Datenschutzbeauftragter
role-admin = Administrator

## Arten von Dienststellen
unit-kind-spoc = Zentrale Kontaktstelle
unit-kind-sirene-bureau = SIRENE-Büro
unit-kind-ncb = Nationales Zentralbüro von INTERPOL
unit-kind-piu = Fluggastdatenzentralstelle
unit-kind-fiu = Zentralstelle für Finanztransaktionsuntersuchungen (FIU)
unit-kind-aro = Vermögensabschöpfungsstelle
unit-kind-central-authority = Zentrale Behörde (Justiz)
unit-kind-other = Sonstige

## Anmeldung
login-title = Anmelden
login-intro = Liaison-Knoten { $node }. Zugriffe werden protokolliert.
login-username = Benutzername
login-password = Passwort
login-submit = Anmelden
login-failed = Benutzername oder Passwort ist falsch.
login-locked = Zu viele fehlgeschlagene Versuche. Dieses Konto ist gesperrt; versuchen Sie es in { $minutes ->
    [one] einer Minute
   *[other] { $minutes } Minuten
} erneut oder wenden Sie sich an einen Administrator.
login-rate-limited = Zu viele Anmeldeversuche von Ihrer Netzwerkadresse. Warten Sie eine Minute und versuchen Sie es dann erneut.

## Zweiter Faktor
second-factor-title = Zweiter Faktor
second-factor-intro = Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.
second-factor-code = Code
second-factor-recovery-hint = Telefon verloren? Geben Sie stattdessen einen Ihrer Wiederherstellungscodes ein.
second-factor-submit = Bestätigen
second-factor-wrong = Dieser Code ist falsch oder abgelaufen.

## Einrichtung
enrol-title = Richten Sie Ihren zweiten Faktor ein
enrol-intro = Dieser Knoten erfordert einen zweiten Faktor. Scannen Sie den Code mit einer Authenticator-App (etwa FreeOTP, Aegis oder Google Authenticator) und geben Sie dann den angezeigten Code ein.
enrol-qr-alt = QR-Code für Ihre Authenticator-App
enrol-manual = Scannen nicht möglich? Geben Sie diesen Schlüssel manuell ein:
enrol-code = Code aus der App
enrol-submit = Aktivieren
recovery-title = Ihre Wiederherstellungscodes
recovery-intro = Bewahren Sie diese Codes an einem sicheren Ort auf, getrennt von Ihrem Telefon. Mit jedem Code können Sie sich einmal ohne Ihre Authenticator-App anmelden. Sie werden nur jetzt angezeigt.
recovery-done = Ich habe sie sicher aufbewahrt

## Übersicht
dashboard-welcome = Willkommen, { $name }
dashboard-you = Sie
dashboard-node = Dieser Knoten
dashboard-administration = Verwaltung
dashboard-users = Benutzerkonten
dashboard-sessions = angemeldete Sitzungen
dashboard-tokens = aktive API-Token
dashboard-audit-events = Audit-Ereignisse
dashboard-shortcuts = Schnellzugriff
dashboard-api-docs = Dokumentation der REST-API
dashboard-set-up-second-factor = Zweiten Faktor einrichten

## Mein Konto
account-password = Passwort
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-confirm-password = Neues Passwort wiederholen
account-change-password = Passwort ändern
account-recovery-left = { $count ->
    [0] Keine Wiederherstellungscodes mehr übrig.
    [one] Noch ein Wiederherstellungscode übrig.
   *[other] Noch { $count } Wiederherstellungscodes übrig.
}
account-regenerate-codes = Neue Wiederherstellungscodes
account-regenerate-confirm = Ihre bisherigen Wiederherstellungscodes werden ungültig. Fortfahren?
account-second-factor-off = Ihr Konto ist nur durch sein Passwort geschützt.
account-language = Sprache der Benutzeroberfläche
account-language-auto = Gemäß Browsereinstellung
password-mismatch = Die beiden neuen Passwörter stimmen nicht überein.
password-wrong-current = Das aktuelle Passwort ist falsch.
password-same = Das neue Passwort muss sich vom aktuellen unterscheiden.
password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens { $min } Zeichen.
password-too-long = Das Passwort ist zu lang.
password-is-username = Das Passwort darf nicht mit dem Benutzernamen übereinstimmen.
password-repetitive = Das Passwort darf nicht aus einem einzigen wiederholten Zeichen bestehen.

## Benutzer (Verwaltung)
user-create = Benutzer anlegen
user-initial-password = Initialpasswort
user-initial-password-hint = Mindestens 12 Zeichen. Der Benutzer muss es bei der ersten Anmeldung ändern.
user-profile = Profil
user-access = Zugang
user-enable = Konto aktivieren
user-disable = Konto deaktivieren
user-disable-confirm = Dieses Konto deaktivieren und seine Sitzungen beenden?
user-reset-password = Passwort zurücksetzen
user-reset-password-confirm = Das Passwort dieses Benutzers durch ein Einmalpasswort ersetzen?
user-temporary-password-explained = Einmalpasswort für { $name }. Übermitteln Sie es über einen separaten, vertrauenswürdigen Kanal; der Benutzer muss es bei der nächsten Anmeldung ändern.
user-reset-second-factor = Zweiten Faktor zurücksetzen
user-reset-second-factor-confirm = Den zweiten Faktor dieses Benutzers entfernen? Er muss ihn anschließend neu einrichten.
user-invalid-username = Benutzernamen bestehen aus 3 bis 64 Kleinbuchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen und beginnen mit einem Buchstaben.
user-username-taken = Es gibt bereits einen Benutzer namens { $name }.
user-pick-role = Wählen Sie eine Rolle.
user-last-admin = Dies ist der letzte aktive Administrator des Knotens. Legen Sie zuerst einen weiteren Administrator an.
user-self-lockout = Sie können weder Ihr eigenes Konto deaktivieren noch sich selbst die Administratorrolle entziehen.
error-empty-name = Der Name darf nicht leer sein.

## Dienststellen (Verwaltung)
unit-create = Dienststelle anlegen
unit-none = Noch keine Dienststellen vorhanden.
unit-code-hint = Kurz und in Kleinbuchstaben, z. B. spoc oder sirene-paris.
unit-unknown = Es gibt keine Dienststelle mit dem Kürzel { $code }.
unit-invalid-code = Dienststellenkürzel bestehen aus 1 bis 40 Kleinbuchstaben, Ziffern, Bindestrichen oder Unterstrichen und beginnen mit einem Buchstaben.
unit-code-taken = Eine Dienststelle mit dem Kürzel { $code } existiert bereits.

## API-Token (Verwaltung)
token-intro = Nationale Systeme rufen die REST-API mit einem Token auf. Jedes Token handelt mit genau einer Rolle und einer Dienststelle; widerrufen Sie es, sobald das System es nicht mehr benötigt.
token-none = Noch keine API-Token vorhanden.
token-create = Token erstellen
token-revoke = Widerrufen
token-revoke-confirm = Dieses Token widerrufen? Systeme, die es verwenden, werden sofort abgewiesen.
token-created-title = API-Token erstellt
token-created-explained = Token für { $label }. Konfigurieren Sie es im nationalen System als HTTP-Header: Authorization: Bearer, gefolgt vom Token.
secret-shown-once = Dies wird nur einmal angezeigt. Kopieren Sie es jetzt: Liaison speichert nur einen Hash.

## Knoteneinstellungen (Verwaltung)
settings-security = Sicherheit
settings-require-totp = Zweiten Faktor (TOTP) für alle Benutzer verlangen
settings-require-totp-hint = Benutzer ohne zweiten Faktor müssen ihn bei ihrer nächsten Anmeldung einrichten.
settings-from-file = Aus der Konfigurationsdatei
settings-from-file-hint = Diese Werte stammen aus liaison.toml und ändern sich erst beim Neustart des Knotens.

## Audit-Protokoll
audit-action = Aktion
audit-actor = Akteur
audit-any = Alle
audit-when = Zeitpunkt (UTC)
audit-target = Objekt
audit-outcome = Ergebnis
audit-source = Herkunft
audit-detail = Details
audit-none = Keine passenden Ereignisse.
audit-older = Ältere Ereignisse
outcome-success = erfolgreich
outcome-failure = fehlgeschlagen
outcome-denied = verweigert

## Hinweismeldungen
flash-logged-out = Sie haben sich abgemeldet.
flash-must-change-password = Ihr Passwort wurde von einem Administrator festgelegt. Wählen Sie ein eigenes Passwort, bevor Sie fortfahren.
flash-password-changed = Ihr Passwort wurde geändert.
flash-user-created = Der Benutzer wurde angelegt.
flash-user-saved = Die Änderungen wurden gespeichert.
flash-user-disabled = Das Konto wurde deaktiviert und seine Sitzungen wurden beendet.
flash-user-enabled = Das Konto wurde aktiviert.
flash-second-factor-reset = Der zweite Faktor wurde entfernt.
flash-unit-created = Die Dienststelle wurde angelegt.
flash-token-revoked = Das Token wurde widerrufen.
flash-settings-saved = Die Einstellungen wurden gespeichert.

## Fehler
error-title = Ein Fehler ist aufgetreten
error-back = Zurück zur Übersicht
error-forbidden = Ihre Rolle erlaubt dies nicht.
error-not-found = Diese Seite oder dieser Datensatz existiert nicht.
error-csrf = Dieses Formular ist abgelaufen oder stammt nicht von diesem Knoten (Sicherheitsprüfung fehlgeschlagen). Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-internal = Der Knoten konnte diese Anfrage nicht ausführen. Einzelheiten finden Sie im Protokoll des Knotens.
error-bad-request = Die Anfrage war fehlerhaft.

## Datensätze: Suche und Ansicht
nav-records = Datensätze
records-search-title = Datensätze durchsuchen
records-review-due = { $count ->
    [one] Ein Datensatz hat sein Überprüfungsdatum erreicht.
   *[other] { $count } Datensätze haben ihr Überprüfungsdatum erreicht.
}
records-purpose-legend = Zweck dieses Zugriffs
records-purpose-hint = Jede Suche und jeder Abruf personenbezogener Daten wird mit Angabe von Person, Zeitpunkt und Grund protokolliert. Geben Sie den Zweck und den Fall an, dem der Zugriff dient.
records-purpose = Zweck
records-purpose-example = z. B. Fahrer des beschlagnahmten Fahrzeugs identifizieren
records-purpose-missing = Geben Sie den Zweck dieses Zugriffs in wenigen Worten an.
records-case-missing = Geben Sie das Aktenzeichen des Falls an, dem dieser Zugriff dient.
records-no-criteria = Geben Sie mindestens ein Suchkriterium an.
records-field-name = Name
records-field-date-of-birth = Geburtsdatum
records-field-document-number = Dokumentennummer
records-field-plate = Kennzeichen
records-field-vin = VIN
records-field-iban = IBAN
records-field-phone = Telefon
records-field-email = E-Mail
records-search = Suchen
records-results = { $count ->
    [0] Kein Datensatz gefunden.
    [one] Ein Datensatz gefunden.
   *[other] { $count } Datensätze gefunden.
}
records-record = Datensatz
records-logged = Dieser Zugriff wurde mit seinem Zweck im Audit-Protokoll erfasst.
records-open = Datensatz öffnen
record-case = Aktenzeichen
record-category = Kategorie betroffener Personen
record-handling-code = Handhabungscode
record-owner = Eigentümerknoten
record-evaluation = Bewertung (4x4)
record-collected-for = Erhoben für
record-review-after = Überprüfung nach
record-delete-after = Löschung nach
record-created = Erstellt
record-restriction = Vom Eigentümer festgelegte Einschränkung
record-h1-warning = Handhabungscode H1: ohne Genehmigung des Eigentümers nicht vor Gericht verwenden.
record-about = Zu diesem Datensatz
record-relations = Verknüpfte Datensätze
record-no-relations = Keine verknüpften Datensätze.
record-hidden = (ein Datensatz, den Ihre Rolle nicht einsehen darf)
record-accesses = Alle Zugriffe auf diesen Datensatz
record-name = Name
record-name-latin = Name (lateinische Schrift)
record-alias = Aliasname
record-previous-name = Früherer Name
record-date-of-birth = Geburtsdatum
record-place-of-birth = Geburtsort
record-nationalities = Staatsangehörigkeit
record-gender = Geschlecht
record-marks = Besondere Kennzeichen
record-document-type = Dokumentenart
record-issuing-country = Ausstellungsstaat
record-valid-from = Gültig ab
record-valid-until = Gültig bis
record-mrz = Maschinenlesbare Zone
record-country = Land
record-make-model = Marke und Modell
record-colour = Farbe
record-account-number = Kontonummer
record-bic = BIC
record-bank = Bank
record-holder-name = Kontoinhaber (laut Angabe der Bank)
record-registration-number = Registernummer
record-address = Anschrift
record-coordinates = Koordinaten
record-serial-number = Seriennummer
record-calibre = Kaliber
record-description = Beschreibung
record-period = Zeitpunkt
record-place = Ort
record-offences = Straftaten (ICCS)
record-national-qualification = Rechtliche Einordnung nach nationalem Recht
gender-female = weiblich
gender-male = männlich
gender-other = divers oder nicht angegeben
kind-person = Person
kind-document = Dokument
kind-vehicle = Fahrzeug
kind-account = Bankkonto
kind-phone = Telefonnummer
kind-email = E-Mail-Adresse
kind-organisation = Organisation
kind-location = Ort
kind-firearm = Schusswaffe
kind-event = Ereignis
relation-holder-of = Inhaber von
relation-owner-of = Eigentümer von
relation-associate-of = Kontaktperson von
relation-member-of = Mitglied von
relation-used = benutzte
relation-located-at = befindet sich in
relation-involved-in = beteiligt an

## Audit log: redaction
audit-detail-dpo-only = (personenbezogene Daten: nur für den Datenschutzbeauftragten sichtbar)

## Datensätze: Import
import-title = Datensätze importieren
import-intro = Eine CSV-Datei mit Kopfzeile oder JSON Lines, mit den Spalten aus docs/data-model.md. Jede Zeile wird zuerst geprüft: Ist eine fehlerhaft, wird nichts geschrieben und Sie erhalten die Liste der Probleme.
import-file = Datei
import-defaults = Werte für leere Zellen
import-defaults-hint = Werden verwendet, wenn eine Zeile die Spalte leer lässt.
import-submit = Prüfen und importieren
import-no-file = Wählen Sie eine Datei zum Importieren.
import-done = { $records } Datensatz/Datensätze importiert
import-done-relations = und { $relations } Verknüpfung(en), in einer einzigen Transaktion.
import-rejected = { $count ->
    [one] Die Datei wurde wegen eines Problems abgelehnt. Es wurde nichts geschrieben.
   *[other] Die Datei wurde wegen { $count } Problemen abgelehnt. Es wurde nichts geschrieben.
}
import-line = Zeile
import-column = Spalte
import-reason = Problem

## Auskunftsersuchen betroffener Personen
sar-title = Auskunftsersuchen der betroffenen Person
sar-intro = Alles zusammenstellen, was dieser Knoten über diese Person speichert: den Datensatz, die verknüpften Datensätze und jeden Zugriff darauf. Die Zusammenstellung wird selbst protokolliert.
sar-reference = Aktenzeichen des Ersuchens
sar-gather = Zusammenstellen
sar-generated = Antwort auf das Ersuchen { $reference }
sar-download-json = Als JSON herunterladen

## Records: create, edit, link
record-new = Neuer Datensatz
record-create = Datensatz anlegen
record-edit = Bearbeiten
record-save = Änderungen speichern
record-form-invalid = Der Datensatz wurde nicht gespeichert: Bitte korrigieren Sie die markierten Felder.
record-stale = Jemand anders hat diesen Datensatz geändert, seit Sie ihn geöffnet haben. Nichts wurde gespeichert: Öffnen Sie ihn erneut, um die aktuelle Fassung zu sehen.
record-created-notice = Datensatz angelegt.
record-saved = Gespeichert. Geändert: { $fields }.
record-nothing-changed = Nichts geändert.
record-linked = Datensätze verknüpft.
record-unlinked = Verknüpfung entfernt.
record-already-linked = Diese Datensätze sind bereits so verknüpft.
record-link-title = Mit anderem Datensatz verknüpfen
record-link-direction = Richtung
record-link-out = dieser Datensatz → der andere
record-link-in = der andere → dieser Datensatz
record-link-kind = Verknüpfung
record-link-other = Anderer Datensatz (ID oder externe Referenz)
record-link-submit = Verknüpfen
record-unlink = Verknüpfung entfernen
record-history = Verlauf
record-history-created = Angelegt von { $who }
record-history-changed = Geändert von { $who }: { $fields }
column-ref-hint = external_ref des verknüpften Datensatzes
column-external-ref = Externe Referenz
column-external-ref-hint = ID in Ihrem System, z. B. P-1001
column-handling-code = Handhabungscode
column-handling-restriction = Handhabungsbeschränkung (h3)
column-data-subject-category = Kategorie der betroffenen Person
column-evaluation = Bewertung (4x4)
column-evaluation-hint = Quelle und Information, z. B. B2
column-case-reference = Aktenzeichen
column-purpose = Erhoben für (Zweck)
column-review-after = Überprüfung nach
column-delete-after = Löschung nach
column-given-names = Vornamen (lateinisch)
column-surname = Familienname (lateinisch)
column-native-given-names = Vornamen (Originalschrift)
column-native-surname = Familienname (Originalschrift)
column-native-script = Schrift (ISO 15924)
column-native-script-hint = Cyrl, Arab, Grek, Hebr, Hani…
column-date-of-birth = Geburtsdatum
column-date-of-birth-hint = JJJJ, JJJJ-MM oder JJJJ-MM-TT
column-place-of-birth = Geburtsort
column-country-of-birth = Geburtsland
column-nationalities = Staatsangehörigkeiten
column-nationalities-hint = ISO-Codes, durch ; getrennt, z. B. DE;TR
column-gender = Geschlecht
column-aliases = Aliasnamen
column-aliases-hint = NACHNAME, Vornamen | …
column-identifying-marks = Besondere Kennzeichen
column-holder-ref = Inhaber (externe Referenz)
column-document-type = Dokumentart
column-number = Nummer
column-issuing-country = Ausstellender Staat
column-valid-from = Gültig ab
column-valid-from-hint = JJJJ-MM-TT
column-valid-until = Gültig bis
column-valid-until-hint = JJJJ-MM-TT
column-mrz = Maschinenlesbare Zone (MRZ)
column-owner-ref = Halter (externe Referenz)
column-vin = Fahrzeug-Identifizierungsnummer (FIN)
column-plate = Kennzeichen
column-plate-country = Zulassungsstaat
column-make = Marke
column-model = Modell
column-colour = Farbe
column-iban = IBAN
column-account-number = Kontonummer (ohne IBAN)
column-bic = BIC
column-bank-name = Bank
column-holder-name = Inhaber laut Bank
column-country = Staat
column-user-ref = Nutzer (externe Referenz)
column-address = Adresse
column-name = Name
column-registration-number = Registernummer
column-street = Straße
column-postal-code = Postleitzahl
column-city = Ort
column-latitude = Breitengrad
column-longitude = Längengrad
column-serial-number = Seriennummer
column-calibre = Kaliber
column-category = Kategorie (EU A–D)
column-description = Beschreibung
column-started = Beginn
column-started-hint = JJJJ-MM-TT
column-ended = Ende
column-ended-hint = JJJJ-MM-TT
column-place = Ort
column-offences = Straftaten (ICCS)
column-offences-hint = ICCS-Codes, durch ; getrennt, z. B. 0601
column-national-qualification = Nationale Einordnung
column-involved-refs = Beteiligte (externe Referenzen)

## Messages (federation)
nav-messages = Nachrichten
messages-unread-count = { $count ->
    [one] eine ungelesene Nachricht
   *[other] { $count } ungelesene Nachrichten
}
messages-title = Nachrichten
messages-inbox = Eingang
messages-outbox = Gesendet
messages-new = Neue Nachricht
messages-empty-inbox = Bisher ist keine Nachricht eingegangen.
messages-empty-outbox = Bisher wurde keine Nachricht gesendet.
messages-col-handling = Behandlung
messages-col-from = Von
messages-col-to = An
messages-col-subject = Betreff
messages-col-received = Eingegangen
messages-col-sent = Gesendet
messages-col-status = Status
messages-delivered-at = zugestellt { $at }
messages-read-at = gelesen { $at }
messages-newest = Neueste Nachrichten
messages-older = Ältere Nachrichten
messages-hint = Nachrichten werden signiert und verschlüsselt zwischen den Knoten der Netze dieses Knotens übermittelt. Das Öffnen eines Vorgangs wird protokolliert und schickt dem Absender eine Lesebestätigung.
messages-status-unread = Ungelesen
messages-status-read = Gelesen
messages-status-queued = In Warteschlange
messages-status-delivered = Zugestellt
messages-status-rejected = Abgelehnt
messages-marking-h0 = H0 — Nur zur Verhütung und Bekämpfung von Straftaten zu verwenden.
messages-marking-h1 = H1 — In Gerichtsverfahren nicht ohne Zustimmung des Übermittlers verwendbar.
messages-marking-h2 = H2 — Keine Weitergabe ohne Zustimmung des Übermittlers.
messages-marking-h3 = H3 — Sonstige Einschränkungen: Beachten Sie die Bedingungen, die der Übermittler in der Nachricht nennt.
messages-not-federated-title = Dieser Knoten ist noch nicht föderiert
messages-not-federated = Nachrichten werden mit Partnerknoten eines Netzes ausgetauscht. Dieser Knoten hat noch keinen Beitritt zu einem Netz beantragt und kann daher weder senden noch empfangen.
messages-join-requested-title = Dieser Knoten ist noch keinem Netz beigetreten
messages-join-requested = Dieser Knoten hat seinen Beitrittsantrag geschrieben, aber die Antwort der Netzbehörde ist noch nicht installiert.
messages-join-step-config = Geben Sie dem Knoten in liaison.toml einen Föderations-Endpunkt:
messages-join-step-request = Schreiben Sie den Beitrittsantrag und geben Sie die Datei der Netzbehörde:
messages-join-step-admit = Die Netzbehörde nimmt den Knoten auf und schickt das Verzeichnis und das Zertifikat des Knotens zurück:
messages-join-step-join = Installieren Sie beides und starten Sie den Knoten neu:
messages-join-operator = Diese Schritte sind Sache des Betreibers des Knotens, auf dem Server.
message-compose-title = Neue Nachricht
message-reply-title = Antworten
message-field-to = An
message-no-peers = In den Netzen dieses Knotens ist noch kein Partnerknoten verzeichnet.
message-field-handling-code = Behandlungscode
message-field-evaluation = Bewertung (4x4)
message-choose = Auswählen…
message-evaluation-option = Quelle: { $source }; Information: { $accuracy }
message-handling-hint = Der Behandlungscode bindet die Empfänger: H1 verbietet die Verwendung in Gerichtsverfahren, H2 jede Weitergabe, jeweils ohne Ihre Zustimmung.
message-field-subject = Betreff
message-field-body = Nachricht
message-send = Senden
message-form-invalid = Die Nachricht wurde nicht gesendet. Korrigieren Sie die unten markierten Felder.
message-error-to = Wählen Sie mindestens einen Partnerknoten.
message-error-unknown-node = { $node } ist kein aktuelles Mitglied der Netze dieses Knotens.
message-error-handling-code = Wählen Sie einen Behandlungscode.
message-error-evaluation = Wählen Sie eine Bewertung.
message-error-subject = Geben Sie einen Betreff mit höchstens 300 Zeichen an.
message-error-body = Die Nachricht ist zu lang (höchstens 1 MiB).
message-error-thread = Dieser Vorgang ist auf diesem Knoten nicht bekannt.
message-field-records = Datensätze dieses Knotens
message-field-record-ids = Datensätze per Kennung hinzufügen
message-record-ids-hint = Kennungen, durch Leerzeichen oder Kommas getrennt. Auch die Seite eines Datensatzes hat die Schaltfläche „In einer Nachricht senden“.
message-records-hint = Datensätze behalten ihre eigenen Handhabungscodes; die Nachricht muss mindestens so streng sein wie der strengste davon. Jede Weitergabe wird mit Zweck und Vorgang im Zugriffsprotokoll des Datensatzes vermerkt.
message-field-purpose = Zweck der Weitergabe
message-field-case = Vorgang
message-field-files = Dateien
message-files-hint = Dateien beliebiger Größe: beim Hochladen auf diesem Knoten verschlüsselt und in Teilen vor der Nachricht gesendet.
message-files-again = Die gewählten Dateien wurden nicht behalten, weil die Nachricht nicht gesendet werden konnte: bitte erneut wählen.
message-error-record-id = „{ $id }“ ist keine Datensatzkennung.
message-error-too-many-records = Eine Nachricht trägt höchstens { $count } Datensätze.
message-error-no-record = Auf diesem Knoten gibt es keinen Datensatz { $id }.
message-error-record-refused = Sie dürfen den Datensatz { $id } nicht weitergeben: Ihre Rolle, Ihre Einheit oder sein Handhabungscode erlaubt es nicht.
message-error-purpose = Um Datensätze weiterzugeben, geben Sie den Zweck (einige Worte) und den Vorgang an.
message-error-record-stricter = Ein beigefügter Datensatz ist { $code }: wählen Sie für die Nachricht { $code } oder strenger.
record-send-in-message = In einer Nachricht senden
thread-title = Vorgang
thread-sent-notice = Die Nachricht ist in der Warteschlange; sie wird zugestellt, sobald jeder Empfänger erreichbar ist.
thread-receipts = Bestätigungen
thread-read-by = gelesen von { $who }, { $at }
thread-records = { $count ->
    [one] Dieser Nachricht ist ein Datensatz beigefügt.
   *[other] Dieser Nachricht sind { $count } Datensätze beigefügt.
}
thread-attachments = Angehängte Dateien
thread-attachments-hint = Eine Datei auf dem Server abrufen und prüfen mit
thread-logged = Ihr Öffnen dieses Vorgangs wird protokolliert.
thread-forward = Weiterleiten…
thread-forward-note = Begleitnotiz
thread-forward-keeps-code = Die Kopie behält den Handling-Code dieser Nachricht. H2- und H3-Nachrichten gehen ohne Zustimmung ihres Eigentümers an keine Dritten.
thread-forward-submit = Weiterleiten
thread-forwarded-notice = Die Kopie ist in der Warteschlange.
thread-forward-refused = Nicht weitergeleitet: Diese Nachricht darf nur mit Zustimmung ihres Eigentümers { $owner } an { $nodes } gehen.
thread-ask-reason = Wozu sie gebraucht wird
thread-ask-permission = { $owner } um Zustimmung bitten
thread-asked-notice = Ihre Bitte um Zustimmung ist unterwegs zum Eigentümer.
thread-grant = { $node } erlauben, sie an { $nodes } weiterzuleiten
thread-granted-notice = Zustimmung erteilt: sie ist unterwegs.

# Screening (issue 6)
nav-screening = Abgleich
screening-title = Reisende abgleichen
screening-alerts = { $count ->
    [one] Auf diesem Knoten ist eine Ausschreibung in Kraft.
   *[other] Auf diesem Knoten sind { $count } Ausschreibungen in Kraft.
}
screening-hint = Laden Sie eine Passagierliste hoch: CSV (id, given_names, surname, full_name_native, script, date_of_birth, nationality, gender, document_number) oder eine UN/EDIFACT-PAXLST-Nachricht. Jede reisende Person wird mit jeder gültigen Ausschreibung verglichen, über Schriften und Schreibweisen hinweg.
screening-file = Passagierliste
screening-run = Abgleichen
screening-screened = { $count ->
    [one] Eine Person abgeglichen
   *[other] { $count } Personen abgeglichen
}
screening-hits = { $count ->
    [0] kein Treffer
    [one] ein Treffer
   *[other] { $count } Treffer
}
screening-none = Keine reisende Person entspricht einer gültigen Ausschreibung.
screening-candidates-hint = Jeder Treffer ist ein Kandidat, bis Sie die Identität der Person überprüft haben. Die Begründung zeigt, was übereinstimmte und wie viel es zählte.
screening-col-score = Wert
screening-col-traveller = Reisende Person
screening-col-alert = Ausschreibung
screening-col-why = Warum
screening-no-file = Wählen Sie eine Passagierliste aus.
screening-bad-file = Die Liste konnte nicht gelesen werden: { $reason }
screening-field-name = Name
screening-field-date-of-birth = Geburtsdatum
screening-field-document-number = Dokument
screening-field-nationality = Staatsangehörigkeit
screening-field-gender = Geschlecht
alert-category-arrest-for-surrender = Festnahme zur Übergabe
alert-category-missing-person = Vermisste Person
alert-category-judicial-procedure = Gerichtliches Verfahren
alert-category-discreet-check = Verdeckte Kontrolle
alert-category-inquiry-check = Ermittlungsanfrage
alert-category-specific-check = Gezielte Kontrolle
alert-category-refusal-of-entry = Einreiseverweigerung
alert-category-return-decision = Rückkehrentscheidung
alert-category-travel-document = Reisedokument
alert-category-vehicle = Fahrzeug
alert-category-firearm = Schusswaffe
alert-category-banknote = Banknote
alert-category-object = Sache
screening-partners = Auch die Partnerknoten fragen (Treffer/kein Treffer)
screening-partners-hint = Jeder Partner antwortet nur mit Treffer oder kein Treffer; bei einem Treffer mit Kennung, Kategorie und Ansprechstelle seiner Ausschreibung — nie mit deren Daten. Dokumentnummern werden verblindet verglichen. Beide Seiten protokollieren die Anfrage mit ihrem Zweck.
screening-purpose = Zweck der Anfrage
screening-case = Vorgang
screening-purpose-missing = Um die Partnerknoten zu fragen, geben Sie den Zweck (einige Worte) und den Vorgang an.
screening-partner-title = Partnerknoten (Treffer/kein Treffer)
screening-partner-none = Kein Partnerknoten meldet einen Treffer.
screening-partner-failed = { $node } hat nicht geantwortet: { $reason }
screening-col-node = Knoten
screening-col-contact = Ansprechstelle
screening-field-unconfirmed = Bestätigung

# Treffer und Ausschreibungen
nav-hits = Treffer
nav-alerts = Ausschreibungen
hits-title = Treffer
hits-hint = Jeder Treffer auf eine Ausschreibung, aus der Überprüfung auf diesem Knoten oder aus der Treffer/Kein-Treffer-Antwort eines Partners, bleibt ein Kandidat, bis jemand die Identität der Person überprüft hat. Dann wird die Maßnahme getroffen (oder festgehalten, warum sie nicht möglich war) und der Eigentümer der Ausschreibung unterrichtet; er antwortet binnen 12 Stunden.
hits-overdue = { $count ->
    [one] Ein Eigentümer hat nicht binnen 12 Stunden geantwortet: eskaliert.
   *[other] { $count } Eigentümer haben nicht binnen 12 Stunden geantwortet: eskaliert.
}
hits-show-open = Nur offene Treffer zeigen
hits-show-all = Alle Treffer zeigen, auch abgeschlossene
hits-none = Kein offener Treffer.
hits-col-found = Gefunden
hits-col-status = Status
hits-col-subject = Betroffene Person oder Sache
hits-col-reply = Antwort des Eigentümers
hit-reply-due-in = Antwort des Eigentümers fällig in { $time }
hit-reply-overdue = Antwort des Eigentümers überfällig seit { $time }
hit-replied = Eigentümer hat geantwortet: { $time }
hit-status-candidate = Kandidat
hit-status-confirmed = Identität bestätigt
hit-status-false-hit = Falscher Treffer
hit-status-action-taken = Maßnahme getroffen
hit-status-action-not-possible = Maßnahme nicht möglich
hit-status-owner-informed = Eigentümer unterrichtet
hit-status-closed = Abgeschlossen
hit-title = Treffer
hit-escalated = eskaliert (Protokoll, Metriken)
hit-action = Zu treffende Maßnahme
hit-found = Gefunden
hit-report = Meldung an den Eigentümer
hit-report-thread = Vorgang mit dem Eigentümer
hit-steps = Schritte
hit-next = Nächster Schritt
hit-closed = Dieser Treffer ist abgeschlossen.
hit-verify-hint = Überprüfen Sie die Identität der Person (Dokumente, Lichtbild, Fingerabdrücke), bevor Sie handeln: Namenstreffer sind oft falsch.
hit-inform-hint = Die Unterrichtung von { $node } schickt eine Treffermeldung (eingeschränkt, H2) in einem eigenen Vorgang; die Antwort ist binnen 12 Stunden fällig.
hit-inform-own-hint = Die Ausschreibung stammt von diesem Knoten: Die Unterrichtung braucht keine Nachricht.
hit-note = Vermerk (warum, was getan wurde)
hit-step-confirmed = Identität bestätigt
hit-step-false-hit = Falscher Treffer
hit-step-action-taken = Maßnahme getroffen
hit-step-action-not-possible = Maßnahme nicht möglich
hit-step-owner-informed = Eigentümer unterrichten
hit-step-closed = Abschließen
hit-moved-meanwhile = Jemand hat diesen Treffer inzwischen weitergeführt; so steht er jetzt.
hit-note-needed = Begründen Sie im Vermerk: Er ist für einen falschen Treffer und für eine nicht mögliche Maßnahme nötig.
hit-origin-screening = Überprüfung auf diesem Knoten
hit-origin-partner = Treffer/Kein-Treffer-Antwort eines Partners
flash-hit-moved = Der Treffer ist weitergeführt.
alerts-title = Ausschreibungen
alerts-count = { $count ->
    [one] Eine Ausschreibung dieses Knotens (die neuesten sind aufgeführt).
   *[other] { $count } Ausschreibungen dieses Knotens (die neuesten sind aufgeführt).
}
alerts-none = Dieser Knoten hat keine Ausschreibung.
alert-reference = Aktenzeichen
alert-category = Kategorie
alert-subject = Gegenstand
alert-valid-until = Gültig bis
alert-state = Stand
alert-withdraw-reason = Grund
alert-withdraw = Löschen
alert-create = Ausschreibung anlegen
alert-on-object = Sache
alert-given-names = Vornamen
alert-surname = Familienname
alert-native-name = Name in eigener Schrift
alert-identifier = Kennung
alert-identifier-hint = Dokumentennummer, FIN oder Kennzeichen, Seriennummer, IBAN. Für eine Sachausschreibung erforderlich.
alert-handling-code = Weitergabecode
alert-action = Maßnahme bei einem Treffer
alert-action-hint = Leer: die übliche Maßnahme der Kategorie.
alert-withdrawn-at = Gelöscht { $time }
alert-expired = Abgelaufen
alert-in-force = In Kraft
alert-reference-missing = Geben Sie der Ausschreibung ein Aktenzeichen.
alert-reference-taken = Dieser Knoten hat bereits eine Ausschreibung mit diesem Aktenzeichen.
flash-alert-created = Die Ausschreibung ist in Kraft; die Überprüfung nutzt sie ab sofort.
flash-alert-withdrawn = Die Ausschreibung ist gelöscht.
screening-check-title = Eine Person oder Kennung prüfen
screening-check-hint = Ein Name (mit Geburtsdatum, falls bekannt) oder nur eine Kennung: Dokumentennummer, FIN oder Kennzeichen, Seriennummer, IBAN.
screening-check-run = Prüfen
screening-check-empty = Geben Sie einen Namen oder eine Kennung an.
screening-open-hit = Treffer öffnen
