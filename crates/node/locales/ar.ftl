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
