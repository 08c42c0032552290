# Liaison user interface — English (source language).
# Keys are grouped by page. Every other language must define exactly these keys
# (a test checks it).

## Navigation and frame
nav-skip = Skip to content
nav-label = Main navigation
nav-dashboard = Dashboard
nav-users = Users
nav-units = Units
nav-tokens = API tokens
nav-settings = Node settings
nav-audit = Audit log
nav-account = My account
nav-logout = Log out
footer-language = Language
footer-tagline = secure cooperation between law-enforcement agencies

## Common actions and states
action-apply = Apply
action-save = Save
action-back = Back
action-filter = Filter
action-copy = Copy
state-on = On
state-off = Off
state-active = Active
state-disabled = Disabled
state-locked = Locked
state-revoked = Revoked

## Fields
field-username = Username
field-display-name = Full name
field-role = Role
field-unit = Unit
field-second-factor = Second factor
field-status = Status
field-last-login = Last login
field-last-used = Last used
field-created = Created
field-code = Code
field-name = Name
field-kind = Kind
field-label = Label
field-node-name = Node
field-country = Country
field-agency = Agency
field-public-key = Node public key (Ed25519)

## Roles
role-officer = Officer (SPOC)
role-border-guard = Border guard
role-analyst = Analyst
role-fiu-analyst = FIU analyst
role-prosecutor = Prosecutor
role-investigator = Investigator (JIT)
role-dpo = Data-protection officer
role-admin = Administrator

## Unit kinds
unit-kind-spoc = Single point of contact
unit-kind-sirene-bureau = SIRENE Bureau
unit-kind-ncb = INTERPOL National Central Bureau
unit-kind-piu = Passenger Information Unit
unit-kind-fiu = Financial Intelligence Unit
unit-kind-aro = Asset Recovery Office
unit-kind-central-authority = Central authority (judicial)
unit-kind-other = Other

## Login
login-title = Sign in
login-intro = Liaison node { $node }. Access is logged.
login-username = Username
login-password = Password
login-submit = Sign in
login-failed = Wrong username or password.
login-locked = Too many failed attempts. This account is locked; try again in { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
}, or ask an administrator.
login-rate-limited = Too many sign-in attempts from your network address. Wait a minute and try again.

## Second factor
second-factor-title = Second factor
second-factor-intro = Enter the 6-digit code from your authenticator app.
second-factor-code = Code
second-factor-recovery-hint = Lost your phone? Enter one of your recovery codes instead.
second-factor-submit = Verify
second-factor-wrong = That code is wrong or has expired.

## Enrolment
enrol-title = Set up your second factor
enrol-intro = This node requires a second factor. Scan the code with an authenticator app (such as FreeOTP, Aegis or Google Authenticator), then enter the code it shows.
enrol-qr-alt = QR code for your authenticator app
enrol-manual = Cannot scan? Enter this key by hand:
enrol-code = Code from the app
enrol-submit = Activate
recovery-title = Your recovery codes
recovery-intro = Keep these codes somewhere safe, away from your phone. Each one lets you sign in once without your authenticator. They are shown only now.
recovery-done = I have stored them

## Dashboard
dashboard-welcome = Welcome, { $name }
dashboard-you = You
dashboard-node = This node
dashboard-administration = Administration
dashboard-users = user accounts
dashboard-sessions = signed-in sessions
dashboard-tokens = active API tokens
dashboard-audit-events = audit events
dashboard-shortcuts = Shortcuts
dashboard-api-docs = REST API documentation
dashboard-set-up-second-factor = Set up a second factor

## My account
account-password = Password
account-current-password = Current password
account-new-password = New password
account-confirm-password = Repeat the new password
account-change-password = Change password
account-recovery-left = { $count ->
    [one] One recovery code left.
   *[other] { $count } recovery codes left.
}
account-regenerate-codes = New recovery codes
account-regenerate-confirm = Your current recovery codes will stop working. Continue?
account-second-factor-off = Your account is protected by its password only.
account-language = Language of the interface
account-language-auto = As my browser prefers
password-mismatch = The two new passwords differ.
password-wrong-current = The current password is wrong.
password-same = The new password must differ from the current one.
password-too-short = The password is too short: use at least { $min } characters.
password-too-long = The password is too long.
password-is-username = The password must not be the username.
password-repetitive = The password must not be one character repeated.

## Users (admin)
user-create = Create user
user-initial-password = Initial password
user-initial-password-hint = At least 12 characters. The user must change it at first sign-in.
user-profile = Profile
user-access = Access
user-enable = Enable account
user-disable = Disable account
user-disable-confirm = Disable this account and end its sessions?
user-reset-password = Reset password
user-reset-password-confirm = Replace this user's password with a one-time password?
user-temporary-password-explained = One-time password for { $name }. Hand it over by a separate, trusted channel; the user must change it at next sign-in.
user-reset-second-factor = Reset second factor
user-reset-second-factor-confirm = Remove this user's second factor? They will have to set it up again.
user-invalid-username = Usernames have 3 to 64 lower-case letters, digits, dots, dashes or underscores, and start with a letter.
user-username-taken = A user named { $name } already exists.
user-pick-role = Choose a role.
user-last-admin = This is the node's last active administrator. Create another administrator first.
user-self-lockout = You cannot disable your own account or remove your own administrator role.
error-empty-name = The name must not be empty.

## Units (admin)
unit-create = Create unit
unit-none = No units yet.
unit-code-hint = Short code, lower case, e.g. spoc or sirene-paris.
unit-unknown = There is no unit with code { $code }.
unit-invalid-code = Unit codes have 1 to 40 lower-case letters, digits, dashes or underscores, and start with a letter.
unit-code-taken = A unit with code { $code } already exists.

## API tokens (admin)
token-intro = National systems call the REST API with a token. Each token acts with one role and unit; revoke it when the system no longer needs it.
token-none = No API tokens yet.
token-create = Create token
token-revoke = Revoke
token-revoke-confirm = Revoke this token? Systems using it will be refused at once.
token-created-title = API token created
token-created-explained = Token for { $label }. Configure it in the national system as an HTTP header: Authorization: Bearer followed by the token.
secret-shown-once = This is shown once. Copy it now: Liaison keeps only a hash.

## Node settings (admin)
settings-security = Security
settings-require-totp = Require a second factor (TOTP) for every user
settings-require-totp-hint = Users without one will have to set it up at their next sign-in.
settings-from-file = From the configuration file
settings-from-file-hint = These come from liaison.toml and change when the node restarts.

## Audit log
audit-action = Action
audit-actor = Who
audit-any = Any
audit-when = When (UTC)
audit-target = On what
audit-outcome = Outcome
audit-source = From
audit-detail = Detail
audit-none = No matching events.
audit-older = Older events
outcome-success = success
outcome-failure = failure
outcome-denied = denied

## Flash messages
flash-logged-out = You have signed out.
flash-must-change-password = Your password was set by an administrator. Choose your own password before you continue.
flash-password-changed = Your password has been changed.
flash-user-created = The user has been created.
flash-user-saved = The changes have been saved.
flash-user-disabled = The account has been disabled and its sessions ended.
flash-user-enabled = The account has been enabled.
flash-second-factor-reset = The second factor has been removed.
flash-unit-created = The unit has been created.
flash-token-revoked = The token has been revoked.
flash-settings-saved = The settings have been saved.

## Errors
error-title = Something went wrong
error-back = Back to the dashboard
error-forbidden = Your role does not allow this.
error-not-found = This page or record does not exist.
error-csrf = This form has expired or did not come from this node (security check failed). Go back, reload the page and try again.
error-internal = The node could not complete this request. The details are in the node's log.
error-bad-request = The request was malformed.

## Records: search and view
nav-records = Records
records-search-title = Search records
records-review-due = { $count ->
    [one] One record has reached its review date.
   *[other] { $count } records have reached their review date.
}
records-purpose-legend = Purpose of this access
records-purpose-hint = Every search and every view of personal data is recorded with who, when, and why. State the purpose and the case it serves.
records-purpose = Purpose
records-purpose-example = e.g. identify the driver of the seized vehicle
records-purpose-missing = State the purpose of this access in a few words.
records-case-missing = Give the case reference this access serves.
records-no-criteria = Give at least one search criterion.
records-field-name = Name
records-field-date-of-birth = Date of birth
records-field-document-number = Document number
records-field-plate = Number plate
records-field-vin = VIN
records-field-iban = IBAN
records-field-phone = Phone
records-field-email = E-mail
records-search = Search
records-results = { $count ->
    [0] No record found.
    [one] One record found.
   *[other] { $count } records found.
}
records-record = Record
records-logged = This access has been recorded in the audit log with its purpose.
records-open = Open the record
record-case = Case reference
record-category = Data subject category
record-handling-code = Handling code
record-owner = Owner node
record-evaluation = Evaluation (4x4)
record-collected-for = Collected for
record-review-after = Review after
record-delete-after = Delete after
record-created = Created
record-restriction = Restriction set by the owner
record-h1-warning = Handling code H1: not to be used in court without the owner's permission.
record-about = About this record
record-relations = Linked records
record-no-relations = No linked records.
record-hidden = (a record your role may not see)
record-accesses = Every access to this record
record-name = Name
record-name-latin = Name (Latin script)
record-alias = Alias
record-previous-name = Previous name
record-date-of-birth = Date of birth
record-place-of-birth = Place of birth
record-nationalities = Nationality
record-gender = Gender
record-marks = Identifying marks
record-document-type = Document type
record-issuing-country = Issuing country
record-valid-from = Valid from
record-valid-until = Valid until
record-mrz = Machine-readable zone
record-country = Country
record-make-model = Make and model
record-colour = Colour
record-account-number = Account number
record-bic = BIC
record-bank = Bank
record-holder-name = Account holder (as given by the bank)
record-registration-number = Registration number
record-address = Address
record-coordinates = Coordinates
record-serial-number = Serial number
record-calibre = Calibre
record-description = Description
record-period = When
record-place = Place
record-offences = Offences (ICCS)
record-national-qualification = National qualification
gender-female = female
gender-male = male
gender-other = other or unspecified
kind-person = Person
kind-document = Document
kind-vehicle = Vehicle
kind-account = Bank account
kind-phone = Phone number
kind-email = E-mail address
kind-organisation = Organisation
kind-location = Location
kind-firearm = Firearm
kind-event = Event
relation-holder-of = holder of
relation-owner-of = owner of
relation-associate-of = associate of
relation-member-of = member of
relation-used = used
relation-located-at = located at
relation-involved-in = involved in

## Audit log: redaction
audit-detail-dpo-only = (personal data: visible to the data-protection officer only)

## Records: import
import-title = Import records
import-intro = A CSV file with a header row, or JSON Lines, in the columns of docs/data-model.md. Every row is checked first: if one is wrong, nothing is written and you get the list of problems.
import-file = File
import-defaults = Values for empty cells
import-defaults-hint = Used where a row leaves the column empty.
import-submit = Check and import
import-no-file = Choose a file to import.
import-done = Imported { $records } record(s)
import-done-relations = and { $relations } relation(s), in one transaction.
import-rejected = { $count ->
    [one] The file was rejected because of one problem. Nothing was written.
   *[other] The file was rejected because of { $count } problems. Nothing was written.
}
import-line = Line
import-column = Column
import-reason = Problem

## Subject access requests
sar-title = Subject access request
sar-intro = Gather everything this node holds on this person: the record, the records linked to it, and every access to them. The gathering is itself recorded.
sar-reference = Reference of the request
sar-gather = Gather
sar-generated = Answer to request { $reference }
sar-download-json = Download as JSON

## Records: create, edit, link
record-new = New record
record-create = Create record
record-edit = Edit
record-save = Save changes
record-form-invalid = The record was not saved: correct the fields marked below.
record-stale = Someone else changed this record since you opened it. Nothing was saved: open it again to see the current version.
record-created-notice = Record created.
record-saved = Saved. Changed: { $fields }.
record-nothing-changed = Nothing changed.
record-linked = Records linked.
record-unlinked = Link removed.
record-already-linked = These records are already linked this way.
record-link-title = Link to another record
record-link-direction = Direction
record-link-out = this record → the other
record-link-in = the other → this record
record-link-kind = Link
record-link-other = Other record (id or external reference)
record-link-submit = Link
record-unlink = remove link
record-history = History
record-history-created = Created by { $who }
record-history-changed = Changed by { $who }: { $fields }
column-ref-hint = external_ref of the linked record
column-external-ref = External reference
column-external-ref-hint = your own system's id, e.g. P-1001
column-handling-code = Handling code
column-handling-restriction = Handling restriction (h3)
column-data-subject-category = Data subject category
column-evaluation = Evaluation (4x4)
column-evaluation-hint = source and information, e.g. B2
column-case-reference = Case reference
column-purpose = Collected for (purpose)
column-review-after = Review after
column-delete-after = Delete after
column-given-names = Given names (Latin)
column-surname = Surname (Latin)
column-native-given-names = Given names (original script)
column-native-surname = Surname (original script)
column-native-script = Script (ISO 15924)
column-native-script-hint = Cyrl, Arab, Grek, Hebr, Hani…
column-date-of-birth = Date of birth
column-date-of-birth-hint = YYYY, YYYY-MM or YYYY-MM-DD
column-place-of-birth = Place of birth
column-country-of-birth = Country of birth
column-nationalities = Nationalities
column-nationalities-hint = ISO codes separated by ;, e.g. DE;TR
column-gender = Gender
column-aliases = Aliases
column-aliases-hint = SURNAME, Given names | …
column-identifying-marks = Identifying marks
column-holder-ref = Holder (external reference)
column-document-type = Document type
column-number = Number
column-issuing-country = Issuing country
column-valid-from = Valid from
column-valid-from-hint = YYYY-MM-DD
column-valid-until = Valid until
column-valid-until-hint = YYYY-MM-DD
column-mrz = Machine-readable zone
column-owner-ref = Owner (external reference)
column-vin = VIN
column-plate = Number plate
column-plate-country = Plate country
column-make = Make
column-model = Model
column-colour = Colour
column-iban = IBAN
column-account-number = Account number (non-IBAN)
column-bic = BIC
column-bank-name = Bank
column-holder-name = Holder as given by the bank
column-country = Country
column-user-ref = User (external reference)
column-address = Address
column-name = Name
column-registration-number = Registration number
column-street = Street
column-postal-code = Postal code
column-city = City
column-latitude = Latitude
column-longitude = Longitude
column-serial-number = Serial number
column-calibre = Calibre
column-category = Category (EU A–D)
column-description = Description
column-started = Start
column-started-hint = YYYY-MM-DD
column-ended = End
column-ended-hint = YYYY-MM-DD
column-place = Place
column-offences = Offences (ICCS)
column-offences-hint = ICCS codes separated by ;, e.g. 0601
column-national-qualification = National qualification
column-involved-refs = Involved (external references)

## Messages (federation)
nav-messages = Messages
messages-unread-count = { $count ->
    [one] one unread message
   *[other] { $count } unread messages
}
messages-title = Messages
messages-inbox = Inbox
messages-outbox = Sent
messages-new = New message
messages-empty-inbox = No message has been received yet.
messages-empty-outbox = No message has been sent yet.
messages-col-handling = Handling
messages-col-from = From
messages-col-to = To
messages-col-subject = Subject
messages-col-received = Received
messages-col-sent = Sent
messages-col-status = Status
messages-delivered-at = delivered { $at }
messages-read-at = read { $at }
messages-newest = Newest messages
messages-older = Older messages
messages-hint = Messages travel signed and encrypted between the nodes of this node's networks. Opening a thread is logged and sends the sender a read receipt.
messages-status-unread = Unread
messages-status-read = Read
messages-status-queued = Queued
messages-status-delivered = Delivered
messages-status-rejected = Rejected
messages-marking-h0 = H0 — Use only to prevent and combat crime.
messages-marking-h1 = H1 — Not usable in judicial proceedings without the provider's permission.
messages-marking-h2 = H2 — No dissemination without the provider's permission.
messages-marking-h3 = H3 — Other restrictions: follow the conditions the provider states in the message.
messages-not-federated-title = This node does not federate yet
messages-not-federated = Messages are exchanged with partner nodes of a network. This node has not asked to join a network, so it can neither send nor receive messages.
messages-join-requested-title = This node has not joined a network yet
messages-join-requested = This node has written its request to join a network, but the network authority's answer has not been installed yet.
messages-join-step-config = Give the node a federation endpoint in liaison.toml:
messages-join-step-request = Write the request to join, and give the file to the network authority:
messages-join-step-admit = The network authority admits the node and returns the directory and the node's certificate:
messages-join-step-join = Install both, then restart the node:
messages-join-operator = These steps are for the node's operator, on the server.
message-compose-title = New message
message-reply-title = Reply
message-field-to = To
message-no-peers = No partner node is listed in this node's networks yet.
message-field-handling-code = Handling code
message-field-evaluation = Evaluation (4x4)
message-choose = Choose…
message-evaluation-option = source: { $source }; information: { $accuracy }
message-handling-hint = The handling code binds the receivers: H1 forbids use in judicial proceedings, H2 any further dissemination, without your permission.
message-field-subject = Subject
message-field-body = Message
message-send = Send
message-form-invalid = The message was not sent. Correct the fields marked below.
message-error-to = Choose at least one partner node.
message-error-unknown-node = { $node } is not a current member of this node's networks.
message-error-handling-code = Choose a handling code.
message-error-evaluation = Choose an evaluation.
message-error-subject = Give a subject of at most 300 characters.
message-error-body = The message is too long (at most 1 MiB).
message-error-thread = This thread is not known on this node.
message-field-records = Records from this node
message-field-record-ids = Add records by id
message-record-ids-hint = Record ids, separated by spaces or commas. A record's own page also has a “Send in a message” button.
message-records-hint = Records travel with their own handling codes; the message must be at least as strict as the strictest of them. Sharing a record is written to its access log with the purpose and the case.
message-field-purpose = Purpose of sharing the records
message-field-case = Case
message-field-files = Files
message-files-hint = Files of any size: encrypted on this node as they upload, and sent in chunks ahead of the message.
message-files-again = The files you chose were not kept because the message could not be sent: choose them again.
message-error-record-id = “{ $id }” is not a record id.
message-error-too-many-records = A message carries at most { $count } records.
message-error-no-record = There is no record { $id } on this node.
message-error-record-refused = You may not share record { $id }: your role, your unit or its handling code does not allow it.
message-error-purpose = To share records, give the purpose (a few words) and the case.
message-error-record-stricter = An attached record is { $code }: choose { $code } or stricter for the message.
record-send-in-message = Send in a message
thread-title = Thread
thread-sent-notice = The message is queued; it is delivered as soon as each recipient can be reached.
thread-receipts = Receipts
thread-read-by = read by { $who }, { $at }
thread-records = { $count ->
    [one] One record is attached to this message.
   *[other] { $count } records are attached to this message.
}
thread-attachments = Attached files
thread-attachments-hint = Fetch and check a file on the server with
thread-logged = Your opening of this thread is logged.
thread-forward = Forward…
thread-forward-note = Note to go with it
thread-forward-keeps-code = The copy keeps this message's handling code. H2 and H3 messages go to no third party without their owner's permission.
thread-forward-submit = Forward
thread-forwarded-notice = The copy is queued for delivery.
thread-forward-refused = Not forwarded: this message may go to { $nodes } only with the permission of its owner, { $owner }.
thread-ask-reason = Why it is needed
thread-ask-permission = Ask { $owner } for permission
thread-asked-notice = Your request for permission is on its way to the owner.
thread-grant = Allow { $node } to forward it to { $nodes }
thread-granted-notice = Permission granted: it is on its way.

# Screening (issue 6)
nav-screening = Screening
screening-title = Screen travellers
screening-alerts = { $count ->
    [one] One alert is in force on this node.
   *[other] { $count } alerts are in force on this node.
}
screening-hint = Upload a passenger list: CSV (id, given_names, surname, full_name_native, script, date_of_birth, nationality, gender, document_number) or a UN/EDIFACT PAXLST message. Every traveller is compared with every alert in force, across scripts and spellings.
screening-file = Passenger list
screening-run = Screen
screening-screened = { $count ->
    [one] One traveller screened
   *[other] { $count } travellers screened
}
screening-hits = { $count ->
    [0] no hit
    [one] one hit
   *[other] { $count } hits
}
screening-none = No traveller matches an alert in force.
screening-candidates-hint = Each hit is a candidate until you have verified the person's identity. The reasons show what agreed and how much it counted.
screening-col-score = Score
screening-col-traveller = Traveller
screening-col-alert = Alert
screening-col-why = Why
screening-no-file = Choose a passenger list to screen.
screening-bad-file = The list could not be read: { $reason }
screening-field-name = Name
screening-field-date-of-birth = Date of birth
screening-field-document-number = Document
screening-field-nationality = Nationality
screening-field-gender = Gender
alert-category-arrest-for-surrender = Arrest for surrender
alert-category-missing-person = Missing person
alert-category-judicial-procedure = Judicial procedure
alert-category-discreet-check = Discreet check
alert-category-inquiry-check = Inquiry check
alert-category-specific-check = Specific check
alert-category-refusal-of-entry = Refusal of entry
alert-category-return-decision = Return decision
alert-category-travel-document = Travel document
alert-category-vehicle = Vehicle
alert-category-firearm = Firearm
alert-category-banknote = Banknote
alert-category-object = Object
screening-partners = Also ask the partner nodes (hit/no-hit)
screening-partners-hint = Each partner answers only hit or no hit; on a hit, its alert's reference, category and whom to contact — never the alert's data. Document numbers are compared blinded. Both sides log the query with its purpose.
screening-purpose = Purpose of the query
screening-case = Case
screening-purpose-missing = To ask the partner nodes, give the purpose (a few words) and the case.
screening-partner-title = Partner nodes (hit/no-hit)
screening-partner-none = No partner node reports a hit.
screening-partner-failed = { $node } did not answer: { $reason }
screening-col-node = Node
screening-col-contact = Contact
screening-field-unconfirmed = Confirmation

# Hits and alerts
nav-hits = Hits
nav-alerts = Alerts
hits-title = Hits
hits-hint = Every hit on an alert, from screening on this node or from a partner's hit/no-hit answer, stays a candidate until someone has verified the person's identity. Then the action is taken (or why it was not possible is noted) and the alert's owner is told; the owner replies within 12 hours.
hits-overdue = { $count ->
    [one] One owner has not replied within 12 hours: escalated.
   *[other] { $count } owners have not replied within 12 hours: escalated.
}
hits-show-open = Show open hits only
hits-show-all = Show all hits, closed ones too
hits-none = No open hit.
hits-col-found = Found
hits-col-status = Status
hits-col-subject = Subject
hits-col-reply = Owner's reply
hit-reply-due-in = Owner's reply due in { $time }
hit-reply-overdue = Owner's reply overdue by { $time }
hit-replied = Owner replied { $time }
hit-status-candidate = Candidate
hit-status-confirmed = Identity confirmed
hit-status-false-hit = False hit
hit-status-action-taken = Action taken
hit-status-action-not-possible = Action not possible
hit-status-owner-informed = Owner informed
hit-status-closed = Closed
hit-title = Hit
hit-escalated = escalated (audit log, metrics)
hit-action = Action to take
hit-found = Found
hit-report = Report to the owner
hit-report-thread = Thread with the owner
hit-steps = Steps
hit-next = Next step
hit-closed = This hit is closed.
hit-verify-hint = Verify the person's identity (documents, photograph, fingerprints) before acting: name matches are often false.
hit-inform-hint = Informing { $node } sends them a report of the hit (restricted, H2) in a thread of its own; they are to reply within 12 hours.
hit-inform-own-hint = The alert is this node's own: informing its owner needs no message.
hit-note = Note (why, what was done)
hit-step-confirmed = Identity confirmed
hit-step-false-hit = False hit
hit-step-action-taken = Action taken
hit-step-action-not-possible = Action not possible
hit-step-owner-informed = Inform the owner
hit-step-closed = Close
hit-moved-meanwhile = Someone moved this hit meanwhile; this is where it stands now.
hit-note-needed = Say why in the note: it is needed for a false hit and for an action that was not possible.
hit-origin-screening = screening on this node
hit-origin-partner = a partner's hit/no-hit answer
flash-hit-moved = The hit has moved on.
alerts-title = Alerts
alerts-count = { $count ->
    [one] One alert issued by this node (the newest are listed).
   *[other] { $count } alerts issued by this node (the newest are listed).
}
alerts-none = This node has issued no alert.
alert-reference = Reference
alert-category = Category
alert-subject = Subject
alert-valid-until = Valid until
alert-state = State
alert-withdraw-reason = Reason
alert-withdraw = Withdraw
alert-create = Issue an alert
alert-on-object = object
alert-given-names = Given names
alert-surname = Surname
alert-native-name = Name in its own script
alert-identifier = Identifier
alert-identifier-hint = Document number, VIN or number plate, serial number, IBAN. Needed for an alert on an object.
alert-handling-code = Handling code
alert-action = Action to take on a hit
alert-action-hint = The category's usual action when empty.
alert-withdrawn-at = Withdrawn { $time }
alert-expired = Expired
alert-in-force = In force
alert-reference-missing = Give the alert a reference.
alert-reference-taken = This node already has an alert with this reference.
flash-alert-created = The alert is in force; screening uses it from now on.
flash-alert-withdrawn = The alert is withdrawn.
screening-check-title = Check one person or identifier
screening-check-hint = A name (with a date of birth if known), or an identifier alone: a document number, a VIN or number plate, a serial number, an IBAN.
screening-check-run = Check
screening-check-empty = Give a name or an identifier.
screening-open-hit = Open the hit
