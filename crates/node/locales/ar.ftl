# Liaison user interface — Arabic (العربية), translated from en.ftl.
# Keys are grouped by page. Every other language must define exactly these keys
# (a test checks it).

## التنقل والإطار
nav-skip = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-dashboard = لوحة المعلومات
nav-users = المستخدمون
nav-units = الوحدات
nav-tokens = رموز الوصول إلى API
nav-settings = إعدادات العقدة
nav-audit = سجل التدقيق
nav-account = حسابي
nav-logout = تسجيل الخروج
footer-language = اللغة
footer-tagline = تعاون آمن بين أجهزة إنفاذ القانون

## الإجراءات والحالات العامة
action-apply = تطبيق
action-save = حفظ
action-back = رجوع
action-filter = تصفية
action-copy = نسخ
state-on = مفعّل
state-off = غير مفعّل
state-active = نشط
state-disabled = معطّل
state-locked = مقفل
state-revoked = ملغى

## الحقول
field-username = اسم المستخدم
field-display-name = الاسم الكامل
field-role = الدور
field-unit = الوحدة
field-second-factor = العامل الثاني
field-status = الحالة
field-last-login = آخر تسجيل دخول
field-last-used = آخر استخدام
field-created = تاريخ الإنشاء
field-code = الرمز
field-name = الاسم
field-kind = النوع
field-label = التسمية
field-node-name = العقدة
field-country = البلد
field-agency = الجهة
field-public-key = المفتاح العام للعقدة (Ed25519)

## الأدوار
role-officer = ضابط (نقطة الاتصال الوحيدة)
role-border-guard = حارس حدود
role-analyst = محلل
role-fiu-analyst = محلل في وحدة الاستخبارات المالية
role-prosecutor = مدعٍ عام
role-investigator = محقق (فريق التحقيق المشترك)
role-dpo = مسؤول حماية البيانات
role-admin = مدير النظام

## أنواع الوحدات
unit-kind-spoc = نقطة الاتصال الوحيدة
unit-kind-sirene-bureau = مكتب SIRENE
unit-kind-ncb = المكتب المركزي الوطني للإنتربول
unit-kind-piu = وحدة معلومات الركاب
unit-kind-fiu = وحدة الاستخبارات المالية
unit-kind-aro = مكتب استرداد الأصول
unit-kind-central-authority = السلطة المركزية (القضائية)
unit-kind-other = أخرى

## تسجيل الدخول
login-title = تسجيل الدخول
login-intro = عقدة Liaison { $node }. تُسجَّل جميع عمليات الوصول.
login-username = اسم المستخدم
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-failed = اسم المستخدم أو كلمة المرور غير صحيحة.
login-locked = عدد المحاولات الفاشلة كبير جدًا. هذا الحساب مقفل؛ يُرجى إعادة المحاولة بعد { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}، أو طلب المساعدة من مدير النظام.
login-rate-limited = عدد محاولات تسجيل الدخول من عنوان شبكتك كبير جدًا. يُرجى الانتظار دقيقة ثم إعادة المحاولة.

## العامل الثاني
second-factor-title = العامل الثاني
second-factor-intro = يُرجى إدخال الرمز المكوّن من 6 أرقام الظاهر في تطبيق المصادقة لديك.
second-factor-code = الرمز
second-factor-recovery-hint = هل فقدت هاتفك؟ أدخل بدلًا من ذلك أحد رموز الاسترداد الخاصة بك.
second-factor-submit = تحقّق
second-factor-wrong = هذا الرمز غير صحيح أو انتهت صلاحيته.

## التسجيل
enrol-title = إعداد العامل الثاني
enrol-intro = تشترط هذه العقدة استخدام عامل ثانٍ. امسح الرمز ضوئيًا بتطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator)، ثم أدخل الرمز الذي يعرضه.
enrol-qr-alt = رمز QR لتطبيق المصادقة
enrol-manual = تعذّر المسح الضوئي؟ أدخل هذا المفتاح يدويًا:
enrol-code = الرمز من التطبيق
enrol-submit = تفعيل
recovery-title = رموز الاسترداد الخاصة بك
recovery-intro = احفظ هذه الرموز في مكان آمن بعيدًا عن هاتفك. يتيح لك كل رمز منها تسجيل الدخول مرة واحدة دون تطبيق المصادقة. لن تُعرض هذه الرموز إلا الآن.
recovery-done = لقد حفظتها

## لوحة المعلومات
dashboard-welcome = مرحبًا، { $name }
dashboard-you = أنت
dashboard-node = هذه العقدة
dashboard-administration = الإدارة
dashboard-users = حسابات المستخدمين
dashboard-sessions = جلسات مفتوحة
dashboard-tokens = رموز وصول API النشطة
dashboard-audit-events = أحداث التدقيق
dashboard-shortcuts = اختصارات
dashboard-api-docs = توثيق REST API
dashboard-set-up-second-factor = إعداد عامل ثانٍ

## حسابي
account-password = كلمة المرور
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-confirm-password = أعد إدخال كلمة المرور الجديدة
account-change-password = تغيير كلمة المرور
account-recovery-left = { $count ->
    [zero] لم يتبقَّ أي رمز استرداد.
    [one] يتبقى رمز استرداد واحد.
    [two] يتبقى رمزا استرداد.
    [few] يتبقى { $count } رموز استرداد.
    [many] يتبقى { $count } رمز استرداد.
   *[other] يتبقى { $count } رمز استرداد.
}
account-regenerate-codes = رموز استرداد جديدة
account-regenerate-confirm = ستتوقف رموز الاسترداد الحالية عن العمل. هل تريد المتابعة؟
account-second-factor-off = حسابك محمي بكلمة المرور فقط.
account-language = لغة الواجهة
account-language-auto = حسب تفضيل المتصفح
password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
password-wrong-current = كلمة المرور الحالية غير صحيحة.
password-same = يجب أن تختلف كلمة المرور الجديدة عن الحالية.
password-too-short = كلمة المرور قصيرة جدًا: يجب ألا يقل عدد أحرفها عن { $min }.
password-too-long = كلمة المرور طويلة جدًا.
password-is-username = يجب ألا تكون كلمة المرور مطابقة لاسم المستخدم.
password-repetitive = يجب ألا تتكون كلمة المرور من حرف واحد مكرر.

## المستخدمون (الإدارة)
user-create = إنشاء مستخدم
user-initial-password = كلمة المرور الأولية
user-initial-password-hint = يجب ألا يقل طولها عن 12 حرفًا. يجب على المستخدم تغييرها عند أول تسجيل دخول.
user-profile = الملف الشخصي
user-access = الوصول
user-enable = تفعيل الحساب
user-disable = تعطيل الحساب
user-disable-confirm = هل تريد تعطيل هذا الحساب وإنهاء جلساته؟
user-reset-password = إعادة تعيين كلمة المرور
user-reset-password-confirm = هل تريد استبدال كلمة مرور هذا المستخدم بكلمة مرور لمرة واحدة؟
user-temporary-password-explained = كلمة مرور لمرة واحدة للمستخدم { $name }. سلّمها عبر قناة منفصلة وموثوقة؛ ويجب على المستخدم تغييرها عند تسجيل الدخول التالي.
user-reset-second-factor = إعادة تعيين العامل الثاني
user-reset-second-factor-confirm = هل تريد إزالة العامل الثاني لهذا المستخدم؟ سيتعيّن عليه إعداده من جديد.
user-invalid-username = تتكون أسماء المستخدمين من 3 إلى 64 محرفًا من الأحرف اللاتينية الصغيرة أو الأرقام أو النقاط أو الشرطات أو الشرطات السفلية، وتبدأ بحرف.
user-username-taken = يوجد بالفعل مستخدم باسم { $name }.
user-pick-role = اختر دورًا.
user-last-admin = هذا هو آخر مدير نظام نشط في هذه العقدة. أنشئ مدير نظام آخر أولًا.
user-self-lockout = لا يمكنك تعطيل حسابك الخاص أو إزالة دور مدير النظام عن نفسك.
error-empty-name = يجب ألا يكون الاسم فارغًا.

## الوحدات (الإدارة)
unit-create = إنشاء وحدة
unit-none = لا توجد وحدات بعد.
unit-code-hint = رمز قصير بأحرف لاتينية صغيرة، مثل spoc أو sirene-paris.
unit-unknown = لا توجد وحدة بالرمز { $code }.
unit-invalid-code = تتكون رموز الوحدات من 1 إلى 40 محرفًا من الأحرف اللاتينية الصغيرة أو الأرقام أو الشرطات أو الشرطات السفلية، وتبدأ بحرف.
unit-code-taken = توجد بالفعل وحدة بالرمز { $code }.

## رموز الوصول إلى API (الإدارة)
token-intro = تستدعي الأنظمة الوطنية واجهة REST API باستخدام رمز وصول. يعمل كل رمز وصول بدور واحد ووحدة واحدة؛ ألغِه عندما لا يعود النظام بحاجة إليه.
token-none = لا توجد رموز وصول إلى API بعد.
token-create = إنشاء رمز وصول
token-revoke = إلغاء
token-revoke-confirm = هل تريد إلغاء رمز الوصول هذا؟ ستُرفض فورًا طلبات الأنظمة التي تستخدمه.
token-created-title = تم إنشاء رمز الوصول إلى API
token-created-explained = رمز وصول لـ { $label }. اضبطه في النظام الوطني كترويسة HTTP: Authorization: Bearer متبوعة برمز الوصول.
secret-shown-once = يُعرض هذا مرة واحدة فقط. انسخه الآن: لا يحتفظ Liaison إلا بقيمة التجزئة (hash).

## إعدادات العقدة (الإدارة)
settings-security = الأمان
settings-require-totp = اشتراط عامل ثانٍ (TOTP) لجميع المستخدمين
settings-require-totp-hint = سيتعيّن على المستخدمين الذين ليس لديهم عامل ثانٍ إعداده عند تسجيل دخولهم التالي.
settings-from-file = من ملف الإعدادات
settings-from-file-hint = تأتي هذه القيم من liaison.toml ولا تتغير إلا عند إعادة تشغيل العقدة.

## سجل التدقيق
audit-action = الإجراء
audit-actor = المنفّذ
audit-any = الكل
audit-when = الوقت (UTC)
audit-target = الهدف
audit-outcome = النتيجة
audit-source = المصدر
audit-detail = التفاصيل
audit-none = لا توجد أحداث مطابقة.
audit-older = أحداث أقدم
outcome-success = نجاح
outcome-failure = فشل
outcome-denied = مرفوض

## رسائل التأكيد
flash-logged-out = تم تسجيل خروجك.
flash-must-change-password = عيّن مدير النظام كلمة المرور الخاصة بك. يُرجى اختيار كلمة مرور خاصة بك قبل المتابعة.
flash-password-changed = تم تغيير كلمة المرور.
flash-user-created = تم إنشاء المستخدم.
flash-user-saved = تم حفظ التغييرات.
flash-user-disabled = تم تعطيل الحساب وإنهاء جلساته.
flash-user-enabled = تم تفعيل الحساب.
flash-second-factor-reset = تمت إزالة العامل الثاني.
flash-unit-created = تم إنشاء الوحدة.
flash-token-revoked = تم إلغاء رمز الوصول.
flash-settings-saved = تم حفظ الإعدادات.

## الأخطاء
error-title = حدث خطأ ما
error-back = العودة إلى لوحة المعلومات
error-forbidden = لا يسمح دورك بهذا الإجراء.
error-not-found = هذه الصفحة أو هذا السجل غير موجود.
error-csrf = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذه العقدة (فشل التحقق الأمني). يُرجى العودة إلى الصفحة السابقة وإعادة تحميلها ثم المحاولة مرة أخرى.
error-internal = تعذّر على العقدة إتمام هذا الطلب. تجد التفاصيل في سجل العقدة.
error-bad-request = صيغة الطلب غير صحيحة.

## السجلات: البحث والعرض
nav-records = السجلات
records-search-title = البحث في السجلات
records-review-due = { $count ->
    [zero] لا يوجد سجل بلغ موعد مراجعته.
    [one] بلغ سجل واحد موعد مراجعته.
    [two] بلغ سجلان موعد مراجعتهما.
    [few] بلغت { $count } سجلات موعد مراجعتها.
    [many] بلغ { $count } سجلًا موعد مراجعته.
   *[other] بلغ { $count } سجل موعد مراجعته.
}
records-purpose-legend = الغرض من هذا الوصول
records-purpose-hint = تُسجَّل كل عملية بحث وكل اطلاع على البيانات الشخصية مع بيان من قام بها ومتى ولماذا. يُرجى بيان الغرض والقضية التي يخدمها الوصول.
records-purpose = الغرض
records-purpose-example = مثلًا: تحديد هوية سائق المركبة المضبوطة
records-purpose-missing = يُرجى بيان الغرض من هذا الوصول في بضع كلمات.
records-case-missing = يُرجى إدخال الرقم المرجعي للقضية التي يخدمها هذا الوصول.
records-no-criteria = يُرجى إدخال معيار بحث واحد على الأقل.
records-field-name = الاسم
records-field-date-of-birth = تاريخ الميلاد
records-field-document-number = رقم الوثيقة
records-field-plate = رقم لوحة المركبة
records-field-vin = VIN
records-field-iban = IBAN
records-field-phone = الهاتف
records-field-email = البريد الإلكتروني
records-search = بحث
records-results = { $count ->
    [0] لم يُعثر على أي سجل.
    [one] عُثر على سجل واحد.
    [two] عُثر على سجلين.
    [few] عُثر على { $count } سجلات.
    [many] عُثر على { $count } سجلًا.
   *[other] عُثر على { $count } سجل.
}
records-record = السجل
records-logged = سُجِّل هذا الوصول مع الغرض منه في سجل التدقيق.
records-open = فتح السجل
record-case = الرقم المرجعي للقضية
record-category = فئة صاحب البيانات
record-handling-code = رمز التعامل
record-owner = العقدة المالكة
record-evaluation = التقييم (4x4)
record-collected-for = جُمعت لغرض
record-review-after = المراجعة بعد
record-delete-after = الحذف بعد
record-created = تاريخ الإنشاء
record-restriction = قيد وضعه المالك
record-h1-warning = رمز التعامل H1: لا يجوز استخدامه أمام المحكمة دون إذن المالك.
record-about = حول هذا السجل
record-relations = السجلات المرتبطة
record-no-relations = لا توجد سجلات مرتبطة.
record-hidden = (سجل لا يسمح دورك بالاطلاع عليه)
record-accesses = جميع عمليات الوصول إلى هذا السجل
record-name = الاسم
record-name-latin = الاسم (بالحروف اللاتينية)
record-alias = الاسم المستعار
record-previous-name = الاسم السابق
record-date-of-birth = تاريخ الميلاد
record-place-of-birth = مكان الميلاد
record-nationalities = الجنسية
record-gender = الجنس
record-marks = العلامات المميزة
record-document-type = نوع الوثيقة
record-issuing-country = بلد الإصدار
record-valid-from = تاريخ بدء الصلاحية
record-valid-until = تاريخ انتهاء الصلاحية
record-mrz = المنطقة المقروءة آليًا
record-country = البلد
record-make-model = الصانع والطراز
record-colour = اللون
record-account-number = رقم الحساب
record-bic = BIC
record-bank = المصرف
record-holder-name = صاحب الحساب (كما أفاد به المصرف)
record-registration-number = رقم التسجيل
record-address = العنوان
record-coordinates = الإحداثيات
record-serial-number = الرقم التسلسلي
record-calibre = العيار
record-description = الوصف
record-period = التاريخ أو الفترة
record-place = المكان
record-offences = الجرائم (ICCS)
record-national-qualification = التكييف القانوني الوطني
gender-female = أنثى
gender-male = ذكر
gender-other = آخر أو غير محدد
kind-person = شخص
kind-document = وثيقة
kind-vehicle = مركبة
kind-account = حساب مصرفي
kind-phone = رقم هاتف
kind-email = عنوان بريد إلكتروني
kind-organisation = منظمة
kind-location = موقع
kind-firearm = سلاح ناري
kind-event = حدث
relation-holder-of = صاحب
relation-owner-of = مالك
relation-associate-of = شريك
relation-member-of = عضو في
relation-used = استخدم
relation-located-at = موجود في
relation-involved-in = متورط في

## Audit log: redaction
audit-detail-dpo-only = (بيانات شخصية: لا يطّلع عليها إلا مسؤول حماية البيانات)

## السجلات: الاستيراد
import-title = استيراد السجلات
import-intro = ملف CSV بسطر عناوين، أو JSON Lines، بأعمدة docs/data-model.md. يُفحص كل سطر أولاً: إذا كان أحدها خاطئاً لا يُكتب شيء وتحصل على قائمة المشكلات.
import-file = الملف
import-defaults = قيم للخانات الفارغة
import-defaults-hint = تُستخدم حيث يترك السطر العمود فارغاً.
import-submit = الفحص والاستيراد
import-no-file = اختر ملفاً لاستيراده.
import-done = تم استيراد { $records } سجل
import-done-relations = و{ $relations } علاقة، في معاملة واحدة.
import-rejected = { $count ->
    [one] رُفض الملف بسبب مشكلة واحدة. لم يُكتب شيء.
    [two] رُفض الملف بسبب مشكلتين. لم يُكتب شيء.
   *[other] رُفض الملف بسبب { $count } مشكلات. لم يُكتب شيء.
}
import-line = السطر
import-column = العمود
import-reason = المشكلة

## طلبات اطلاع أصحاب البيانات
sar-title = طلب اطلاع صاحب البيانات
sar-intro = جمع كل ما تحتفظ به هذه العقدة عن هذا الشخص: السجل، والسجلات المرتبطة به، وكل اطلاع عليها. ويُسجَّل هذا الجمع بدوره.
sar-reference = مرجع الطلب
sar-gather = جمع
sar-generated = الرد على الطلب { $reference }
sar-download-json = تنزيل بصيغة JSON

## Records: create, edit, link
record-new = سجل جديد
record-create = إنشاء السجل
record-edit = تعديل
record-save = حفظ التغييرات
record-form-invalid = لم يُحفظ السجل: صحّح الحقول المشار إليها أدناه.
record-stale = عدّل شخص آخر هذا السجل منذ أن فتحته. لم يُحفظ شيء: افتحه مجددًا لرؤية النسخة الحالية.
record-created-notice = أُنشئ السجل.
record-saved = حُفظ. الحقول المعدّلة: { $fields }.
record-nothing-changed = لم يتغير شيء.
record-linked = رُبطت السجلات.
record-unlinked = أُزيل الربط.
record-already-linked = هذان السجلان مرتبطان بهذه الطريقة مسبقًا.
record-link-title = ربط بسجل آخر
record-link-direction = الاتجاه
record-link-out = هذا السجل ← الآخر
record-link-in = الآخر ← هذا السجل
record-link-kind = نوع الربط
record-link-other = السجل الآخر (المعرّف أو المرجع الخارجي)
record-link-submit = ربط
record-unlink = إزالة الربط
record-history = السجل التاريخي
record-history-created = أنشأه { $who }
record-history-changed = عدّله { $who }: { $fields }
column-ref-hint = external_ref للسجل المرتبط
column-external-ref = المرجع الخارجي
column-external-ref-hint = معرّف نظامك، مثل P-1001
column-handling-code = رمز المعالجة
column-handling-restriction = قيد المعالجة (h3)
column-data-subject-category = فئة صاحب البيانات
column-evaluation = التقييم (4x4)
column-evaluation-hint = المصدر والمعلومة، مثل B2
column-case-reference = مرجع القضية
column-purpose = جُمع من أجل (الغرض)
column-review-after = المراجعة بعد
column-delete-after = الحذف بعد
column-given-names = الأسماء الأولى (بالحروف اللاتينية)
column-surname = اسم العائلة (بالحروف اللاتينية)
column-native-given-names = الأسماء الأولى (بالكتابة الأصلية)
column-native-surname = اسم العائلة (بالكتابة الأصلية)
column-native-script = نظام الكتابة (ISO 15924)
column-native-script-hint = Cyrl, Arab, Grek, Hebr, Hani…
column-date-of-birth = تاريخ الميلاد
column-date-of-birth-hint = YYYY أو YYYY-MM أو YYYY-MM-DD
column-place-of-birth = مكان الميلاد
column-country-of-birth = بلد الميلاد
column-nationalities = الجنسيات
column-nationalities-hint = رموز ISO مفصولة بـ ;، مثل DE;TR
column-gender = الجنس
column-aliases = الأسماء المستعارة
column-aliases-hint = اسم العائلة، الأسماء الأولى | …
column-identifying-marks = العلامات المميزة
column-holder-ref = الحامل (المرجع الخارجي)
column-document-type = نوع الوثيقة
column-number = الرقم
column-issuing-country = بلد الإصدار
column-valid-from = صالح من
column-valid-from-hint = YYYY-MM-DD
column-valid-until = صالح حتى
column-valid-until-hint = YYYY-MM-DD
column-mrz = منطقة القراءة الآلية (MRZ)
column-owner-ref = المالك (المرجع الخارجي)
column-vin = رقم تعريف المركبة (VIN)
column-plate = لوحة التسجيل
column-plate-country = بلد التسجيل
column-make = الصانع
column-model = الطراز
column-colour = اللون
column-iban = رقم الحساب المصرفي الدولي (IBAN)
column-account-number = رقم الحساب (غير IBAN)
column-bic = رمز BIC
column-bank-name = المصرف
column-holder-name = صاحب الحساب كما يذكره المصرف
column-country = البلد
column-user-ref = المستخدم (المرجع الخارجي)
column-address = العنوان
column-name = الاسم
column-registration-number = رقم التسجيل
column-street = الشارع
column-postal-code = الرمز البريدي
column-city = المدينة
column-latitude = خط العرض
column-longitude = خط الطول
column-serial-number = الرقم التسلسلي
column-calibre = العيار
column-category = الفئة (الاتحاد الأوروبي A–D)
column-description = الوصف
column-started = البداية
column-started-hint = YYYY-MM-DD
column-ended = النهاية
column-ended-hint = YYYY-MM-DD
column-place = المكان
column-offences = الجرائم (ICCS)
column-offences-hint = رموز ICCS مفصولة بـ ;، مثل 0601
column-national-qualification = التكييف الوطني
column-involved-refs = المتورطون (المراجع الخارجية)

## Messages (federation)
nav-messages = الرسائل
messages-unread-count = { $count ->
    [one] رسالة واحدة غير مقروءة
    [two] رسالتان غير مقروءتين
    [few] { $count } رسائل غير مقروءة
    [many] { $count } رسالة غير مقروءة
   *[other] { $count } رسالة غير مقروءة
}
messages-title = الرسائل
messages-inbox = الواردة
messages-outbox = المرسلة
messages-new = رسالة جديدة
messages-empty-inbox = لم تصل أي رسالة بعد.
messages-empty-outbox = لم تُرسل أي رسالة بعد.
messages-col-handling = المعالجة
messages-col-from = من
messages-col-to = إلى
messages-col-subject = الموضوع
messages-col-received = تاريخ الاستلام
messages-col-sent = تاريخ الإرسال
messages-col-status = الحالة
messages-delivered-at = سُلِّمت { $at }
messages-read-at = قُرئت { $at }
messages-newest = أحدث الرسائل
messages-older = رسائل أقدم
messages-hint = تنتقل الرسائل موقّعة ومشفّرة بين عُقد شبكات هذه العقدة. يُسجَّل فتح أي سلسلة ويُرسَل إلى المرسِل إشعار بالقراءة.
messages-status-unread = غير مقروءة
messages-status-read = مقروءة
messages-status-queued = في الانتظار
messages-status-delivered = سُلِّمت
messages-status-rejected = مرفوضة
messages-marking-h0 = H0 — لا تُستخدم إلا لمنع الجريمة ومكافحتها.
messages-marking-h1 = H1 — لا يجوز استخدامها في الإجراءات القضائية دون إذن الجهة المزوِّدة.
messages-marking-h2 = H2 — لا يجوز نشرها دون إذن الجهة المزوِّدة.
messages-marking-h3 = H3 — قيود أخرى: التزم بالشروط التي تذكرها الجهة المزوِّدة في الرسالة.
messages-not-federated-title = هذه العقدة غير متّحدة بعد
messages-not-federated = تُتبادل الرسائل مع العُقد الشريكة في شبكة ما. لم تطلب هذه العقدة الانضمام إلى أي شبكة، لذا لا يمكنها إرسال الرسائل ولا استلامها.
messages-join-requested-title = لم تنضم هذه العقدة إلى أي شبكة بعد
messages-join-requested = كتبت هذه العقدة طلب انضمامها إلى شبكة، لكن ردّ سلطة الشبكة لم يُثبَّت بعد.
messages-join-step-config = أعطِ العقدة نقطة اتحاد في liaison.toml:
messages-join-step-request = اكتب طلب الانضمام وسلّم الملف إلى سلطة الشبكة:
messages-join-step-admit = تقبل سلطة الشبكة العقدة وتعيد الدليل وشهادة العقدة:
messages-join-step-join = ثبّت الاثنين ثم أعد تشغيل العقدة:
messages-join-operator = هذه الخطوات من مهام مشغّل العقدة، على الخادم.
message-compose-title = رسالة جديدة
message-reply-title = ردّ
message-field-to = إلى
message-no-peers = لا توجد بعد أي عقدة شريكة مدرجة في شبكات هذه العقدة.
message-field-handling-code = رمز المعالجة
message-field-evaluation = التقييم (4x4)
message-choose = اختر…
message-evaluation-option = المصدر: { $source }؛ المعلومة: { $accuracy }
message-handling-hint = يُلزم رمز المعالجة المستلمين: يمنع H1 الاستخدام في الإجراءات القضائية، ويمنع H2 أي نشر لاحق، دون إذنك.
message-field-subject = الموضوع
message-field-body = الرسالة
message-send = إرسال
message-form-invalid = لم تُرسَل الرسالة. صحّح الحقول المشار إليها أدناه.
message-error-to = اختر عقدة شريكة واحدة على الأقل.
message-error-unknown-node = { $node } ليست عضوًا حاليًا في شبكات هذه العقدة.
message-error-handling-code = اختر رمز معالجة.
message-error-evaluation = اختر تقييمًا.
message-error-subject = أدخل موضوعًا لا يتجاوز 300 حرف.
message-error-body = الرسالة طويلة جدًا (1 ميبيبايت على الأكثر).
message-error-thread = هذه السلسلة غير معروفة في هذه العقدة.
message-field-records = سجلات هذه العقدة
message-field-record-ids = إضافة سجلات بالمعرّف
message-record-ids-hint = معرّفات السجلات مفصولة بمسافات أو فواصل. في صفحة كل سجل أيضًا زر «إرسال في رسالة».
message-records-hint = تحتفظ السجلات برموز التعامل الخاصة بها؛ ويجب أن تكون الرسالة بصرامة أشدّها على الأقل. تُسجَّل كل مشاركة لسجل في سجل الوصول إليه مع الغرض والقضية.
message-field-purpose = الغرض من مشاركة السجلات
message-field-case = القضية
message-field-files = الملفات
message-files-hint = ملفات بأي حجم: تُشفَّر على هذه العقدة أثناء الرفع وتُرسل على أجزاء قبل الرسالة.
message-files-again = لم تُحفظ الملفات التي اخترتها لأن الرسالة لم تُرسل: اخترها مرة أخرى.
message-error-record-id = «{ $id }» ليس معرّف سجل.
message-error-too-many-records = تحمل الرسالة { $count } سجلًا على الأكثر.
message-error-no-record = لا يوجد سجل { $id } على هذه العقدة.
message-error-record-refused = لا يجوز لك مشاركة السجل { $id }: دورك أو وحدتك أو رمز التعامل الخاص به لا يسمح بذلك.
message-error-purpose = لمشاركة السجلات، اذكر الغرض (بضع كلمات) والقضية.
message-error-record-stricter = أحد السجلات المرفقة { $code }: اختر { $code } أو أشدّ للرسالة.
record-send-in-message = إرسال في رسالة
thread-title = السلسلة
thread-sent-notice = الرسالة في قائمة الانتظار؛ وتُسلَّم حالما يصبح كل مستلم متاحًا.
thread-receipts = الإشعارات
thread-read-by = قرأها { $who }، { $at }
thread-records = { $count ->
    [one] أُرفق سجل واحد بهذه الرسالة.
    [two] أُرفق سجلان بهذه الرسالة.
    [few] أُرفقت { $count } سجلات بهذه الرسالة.
    [many] أُرفق { $count } سجلًا بهذه الرسالة.
   *[other] أُرفق { $count } سجل بهذه الرسالة.
}
thread-attachments = الملفات المرفقة
thread-attachments-hint = استخرج ملفًا وتحقق منه على الخادم باستخدام
thread-logged = يُسجَّل فتحك لهذه السلسلة.
thread-forward = إعادة توجيه…
thread-forward-note = ملاحظة مرفقة
thread-forward-keeps-code = تحتفظ النسخة برمز المعالجة لهذه الرسالة. لا تُرسل رسائل H2 وH3 إلى أي طرف ثالث دون إذن مالكها.
thread-forward-submit = إعادة توجيه
thread-forwarded-notice = النسخة في قائمة الانتظار.
thread-forward-refused = لم تُعَد التوجيه: لا يجوز إرسال هذه الرسالة إلى { $nodes } إلا بإذن مالكها، { $owner }.
thread-ask-reason = سبب الحاجة إليها
thread-ask-permission = طلب الإذن من { $owner }
thread-asked-notice = طلب الإذن في طريقه إلى المالك.
thread-grant = السماح لـ { $node } بإعادة توجيهها إلى { $nodes }
thread-granted-notice = مُنح الإذن: وهو في طريقه.

# Screening (issue 6)
nav-screening = الفحص
screening-title = فحص المسافرين
screening-alerts = { $count ->
    [one] تنبيه واحد ساري المفعول على هذه العقدة.
   *[other] { $count } تنبيهات سارية المفعول على هذه العقدة.
}
screening-hint = ارفع قائمة ركاب: ملف CSV (id, given_names, surname, full_name_native, script, date_of_birth, nationality, gender, document_number) أو رسالة UN/EDIFACT PAXLST. يُقارن كل مسافر بكل تنبيه ساري المفعول، عبر أنظمة الكتابة والتهجئات.
screening-file = قائمة الركاب
screening-run = افحص
screening-screened = { $count ->
    [one] تم فحص مسافر واحد
   *[other] تم فحص { $count } مسافرين
}
screening-hits = { $count ->
    [0] لا تطابق
    [one] تطابق واحد
   *[other] { $count } تطابقات
}
screening-none = لا يطابق أي مسافر تنبيهًا ساري المفعول.
screening-candidates-hint = يبقى كل تطابق مرشحًا حتى تتحقق من هوية الشخص. تُظهر الأسباب ما تطابق ومقدار وزنه.
screening-col-score = الدرجة
screening-col-traveller = المسافر
screening-col-alert = التنبيه
screening-col-why = السبب
screening-no-file = اختر قائمة ركاب لفحصها.
screening-bad-file = تعذرت قراءة القائمة: { $reason }
screening-field-name = الاسم
screening-field-date-of-birth = تاريخ الميلاد
screening-field-document-number = الوثيقة
screening-field-nationality = الجنسية
screening-field-gender = الجنس
alert-category-arrest-for-surrender = القبض بغرض التسليم
alert-category-missing-person = شخص مفقود
alert-category-judicial-procedure = إجراء قضائي
alert-category-discreet-check = مراقبة سرية
alert-category-inquiry-check = فحص استجوابي
alert-category-specific-check = فحص محدد
alert-category-refusal-of-entry = رفض الدخول
alert-category-return-decision = قرار إعادة
alert-category-travel-document = وثيقة سفر
alert-category-vehicle = مركبة
alert-category-firearm = سلاح ناري
alert-category-banknote = ورقة نقدية
alert-category-object = غرض
screening-partners = اسأل العقد الشريكة أيضًا (تطابق/لا تطابق)
screening-partners-hint = يجيب كل شريك بتطابق أو لا تطابق فقط؛ وعند التطابق بمرجع تنبيهه وفئته وجهة الاتصال، دون بياناته أبدًا. تُقارن أرقام الوثائق مُعمّاة. يسجّل الطرفان الاستعلام مع غرضه.
screening-purpose = الغرض من الاستعلام
screening-case = القضية
screening-purpose-missing = لسؤال العقد الشريكة، اذكر الغرض (بضع كلمات) والقضية.
screening-partner-title = العقد الشريكة (تطابق/لا تطابق)
screening-partner-none = لم تبلّغ أي عقدة شريكة عن تطابق.
screening-partner-failed = لم تُجب { $node }: { $reason }
screening-col-node = العقدة
screening-col-contact = جهة الاتصال
screening-field-unconfirmed = التأكيد

# التطابقات والتعميمات
nav-hits = التطابقات
nav-alerts = التعميمات
hits-title = التطابقات
hits-hint = يبقى كل تطابق مع تعميم، ناتج عن الفحص على هذه العقدة أو عن إجابة شريك (تطابق/لا تطابق)، مرشحًا حتى يتحقق أحد من هوية الشخص. ثم يُتخذ الإجراء (أو يُسجَّل سبب تعذره) ويُبلَّغ مالك التعميم، الذي يرد خلال 12 ساعة.
hits-overdue = { $count ->
    [one] مالك واحد لم يرد خلال 12 ساعة: تم التصعيد.
   *[other] { $count } من المالكين لم يردوا خلال 12 ساعة: تم التصعيد.
}
hits-show-open = عرض التطابقات المفتوحة فقط
hits-show-all = عرض كل التطابقات، بما فيها المغلقة
hits-none = لا يوجد تطابق مفتوح.
hits-col-found = تاريخ الاكتشاف
hits-col-status = الحالة
hits-col-subject = موضوع الفحص
hits-col-reply = رد المالك
hit-reply-due-in = رد المالك مستحق خلال { $time }
hit-reply-overdue = رد المالك متأخر بمقدار { $time }
hit-replied = رد المالك في { $time }
hit-status-candidate = مرشح
hit-status-confirmed = تم تأكيد الهوية
hit-status-false-hit = تطابق خاطئ
hit-status-action-taken = تم اتخاذ الإجراء
hit-status-action-not-possible = الإجراء غير ممكن
hit-status-owner-informed = تم إبلاغ المالك
hit-status-closed = مغلق
hit-title = تطابق
hit-escalated = تم التصعيد (السجل، المقاييس)
hit-action = الإجراء المطلوب
hit-found = تاريخ الاكتشاف
hit-report = البلاغ إلى المالك
hit-report-thread = المراسلة مع المالك
hit-steps = الخطوات
hit-next = الخطوة التالية
hit-closed = هذا التطابق مغلق.
hit-verify-hint = تحقق من هوية الشخص (الوثائق، الصورة، البصمات) قبل التصرف: تطابقات الأسماء كثيرًا ما تكون خاطئة.
hit-inform-hint = إبلاغ { $node } يرسل إليه تقريرًا عن التطابق (مقيد، H2) في مراسلة مستقلة؛ والرد مستحق خلال 12 ساعة.
hit-inform-own-hint = التعميم صادر عن هذه العقدة: إبلاغ مالكه لا يحتاج إلى رسالة.
hit-note = ملاحظة (السبب، ما تم فعله)
hit-step-confirmed = تم تأكيد الهوية
hit-step-false-hit = تطابق خاطئ
hit-step-action-taken = تم اتخاذ الإجراء
hit-step-action-not-possible = الإجراء غير ممكن
hit-step-owner-informed = إبلاغ المالك
hit-step-closed = إغلاق
hit-moved-meanwhile = قام شخص آخر بتحريك هذا التطابق في الأثناء؛ هذه حالته الآن.
hit-note-needed = اذكر السبب في الملاحظة: هي مطلوبة للتطابق الخاطئ وللإجراء غير الممكن.
hit-origin-screening = الفحص على هذه العقدة
hit-origin-partner = إجابة شريك (تطابق/لا تطابق)
flash-hit-moved = تقدم التطابق خطوة.
alerts-title = التعميمات
alerts-count = { $count ->
    [one] تعميم واحد صادر عن هذه العقدة (تُعرض الأحدث).
   *[other] { $count } تعميمات صادرة عن هذه العقدة (تُعرض الأحدث).
}
alerts-none = لم تصدر هذه العقدة أي تعميم.
alert-reference = المرجع
alert-category = الفئة
alert-subject = الموضوع
alert-valid-until = صالح حتى
alert-state = الحالة
alert-withdraw-reason = السبب
alert-withdraw = سحب
alert-create = إصدار تعميم
alert-on-object = شيء
alert-given-names = الأسماء الأولى
alert-surname = اسم العائلة
alert-native-name = الاسم بخطه الأصلي
alert-identifier = المعرّف
alert-identifier-hint = رقم الوثيقة، رقم الهيكل أو اللوحة، الرقم التسلسلي، IBAN. مطلوب لتعميم على شيء.
alert-handling-code = رمز التداول
alert-action = الإجراء عند التطابق
alert-action-hint = فارغ: الإجراء المعتاد للفئة.
alert-withdrawn-at = سُحب في { $time }
alert-expired = منتهي الصلاحية
alert-in-force = ساري
alert-reference-missing = أعط التعميم مرجعًا.
alert-reference-taken = لدى هذه العقدة تعميم بهذا المرجع بالفعل.
flash-alert-created = التعميم ساري؛ يستخدمه الفحص من الآن.
flash-alert-withdrawn = تم سحب التعميم.
screening-check-title = فحص شخص أو معرّف
screening-check-hint = اسم (مع تاريخ الميلاد إن عُرف)، أو معرّف وحده: رقم وثيقة، رقم هيكل أو لوحة، رقم تسلسلي، IBAN.
screening-check-run = فحص
screening-check-empty = أدخل اسمًا أو معرّفًا.
screening-open-hit = فتح التطابق
