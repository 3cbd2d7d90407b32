// Turkish (tr). Gmail's own words: Yanıtla, Tümünü yanıtla, Taslak, Cc / Bcc, Konu, ileti.
// The UI says "siz", as Google's Turkish UI does. Names and addresses never take a case suffix (their
// vowel harmony is unknown): they stand before "adresine", "yerine" or after a colon.
import type { Catalogue } from '../types';
import { trEditor } from './tr/editor';
import { trLibrary } from './tr/library';

export const tr = (): Catalogue => ({
  ...trLibrary(),
  ...trEditor(),

  // Gmail: "Name <a@b>, 27 Ara 2025 Cmt, 16:05 tarihinde şunu yazdı:"
  'quote.wrote': '{who}, {date} tarihinde şunu yazdı:',
  'quote.wroteNoDate': '{who} şunu yazdı:',
  'quote.unknownSender': 'bilinmeyen bir gönderen',
  'quote.cutNote':
    '[Threadsmith orijinal iletinin geri kalanını eklemedi: Gmail bir iletiyi 200 KB ile sınırlar. İletinin tamamı görüşmede duruyor.]',

  // Turkish counts with a singular noun, so one and other read the same.
  'list.separator': ', ',
  'list.and': '{first} ve {last}',
  'list.more': { one: '{first} ve {count} diğeri', other: '{first} ve {count} diğeri' },

  'mode.reply': 'Yanıtla',
  'mode.reply-all': 'Tümünü yanıtla',
  'mode.reply-list': 'Listeye yanıtla',
  'card.reply.header': 'Yanıt',
  'card.reply.to': 'Kime yanıt verilsin',
  'card.reply.includeQuote': 'Orijinal iletiyi dahil et',
  'card.reply.includeAttachments': 'Orijinal ekleri dahil et ({count})',
  'card.reply.addCc': 'Cc ekle',
  'card.reply.addBcc': 'Bcc ekle',
  'card.reply.addressesHint': 'Adresleri virgülle ayırın',
  'card.draft.header': 'Taslak',
  'card.draft.to': 'Kime',
  'card.draft.cc': 'Cc',
  'card.draft.bcc': 'Bcc',
  'card.draft.subject': 'Konu',
  'card.warning.blocking': 'Taslak oluşturulamaz',
  'card.warning.check': 'Kontrol edin',
  'card.warning.note': 'Not',
  'card.createDraft': 'Taslak oluştur',
  'card.templates.header': 'Şablonlar',
  'card.templates.none': 'Henüz şablon yok: kitaplığınızda bir şablon oluşturun.',
  'card.templates.draft': 'Taslak',
  'card.templates.draftAlt': '“{name}” şablonundan taslak',
  'card.templates.all': 'Tüm şablonlar ({count})',
  'card.templates.manage': 'Şablonları yönet',
  'card.templates.hasError': 'Hata var: görmek için açın',
  'card.templates.asksFor': 'Doldurulacak: {fields}',

  'warning.nobody': 'Bu yanıtın gönderileceği kimse kalmadı.',
  'warning.nobody.noList': 'Bu ileti, yanıt verilecek bir e-posta listesi adresi içermiyor.',
  'warning.nobody.onlyMe':
    'Bu iletiyi yalnızca kendinize gönderdiniz, bu nedenle yanıt başka kimseye ulaşmaz.',
  'warning.nobody.noSender': 'İletinin göndereni yok, bu nedenle yanıt verilecek kimse yok.',
  'warning.nobody.invalidSender':
    '“{sender}” gönderen adresi geçerli değil, bu nedenle yanıt verilecek kimse yok.',
  'warning.nobody.fromMe':
    'Bu ileti kendi adreslerinizden birinden geldi, bu nedenle yanıt başka kimseye ulaşmaz.',
  'warning.invalidRecipients': {
    one: 'Geçerli olmayan {count} adres çıkarıldı: {names}.',
    other: 'Geçerli olmayan {count} adres çıkarıldı: {names}.',
  },
  'warning.tooManyRecipients':
    'Bu yanıt {count} kişiye gidecekti, ancak Gmail bir iletide en fazla {max} alıcıya izin verir. Cc veya Bcc’den bazı alıcıları kaldırın ya da yalnızca gönderene yanıt vermek için “Yanıtla”yı seçin.',
  'warning.manyRecipients': 'Bu yanıt {count} kişiye gidiyor.',
  'warning.externalRecipients': {
    one: '{count} harici alıcı ({domain} dışından).',
    other: '{count} harici alıcı ({domain} dışından).',
  },
  'warning.replyTo.toMe':
    'İleti, yanıtların size gönderilmesini istiyor (Reply-To), bu nedenle bu yanıt {sender} adresine gidiyor.',
  'warning.replyTo.others':
    'İleti, yanıtların {sender} yerine şu adreslere gönderilmesini istiyor (Reply-To): {names}.',
  'warning.theSender': 'gönderen',

  'warning.unknownUser':
    'Gmail, e-posta adresinizi Threadsmith’e bildirmedi, bu nedenle Threadsmith sizi yanıttan çıkaramıyor. Threadsmith’in e-posta adresinizi görme izni olması gerekir: bu izni vermediyseniz myaccount.google.com/permissions adresinden Threadsmith’in erişimini kaldırın, eklentiyi yeniden açın ve izin verin.',
  'warning.repeatedHeader':
    'Bu iletide birden fazla {header} satırı var, oysa yalnızca bir tane olabilir: ilki kullanılıyor.',
  'warning.noMessageId':
    'Orijinal iletinin Message-ID’si yok, bu nedenle alıcının e-posta programı bu yanıtı görüşmeye eklemeyebilir (sizin Gmail’inizde görüşmede kalır).',
  'warning.attachmentsTooLarge':
    'Eklenecek dosyaların toplam boyutu {total}; bu, Gmail’in {max} sınırını aşıyor: {names}. Taslağı oluşturmak için orijinal ekleri veya alıntıyı kapatın.',
  'warning.attachmentsMissing': {
    one: 'Gmail bu iletide artık {names} ekini göstermiyor, bu nedenle taslak bu ek olmadan oluşturulacak.',
    other:
      'Gmail bu iletide artık {names} eklerini göstermiyor, bu nedenle taslak bu ekler olmadan oluşturulacak.',
  },
  'warning.bodyTooLarge':
    'Yanıtın kendi metni, Gmail’in ileti başına 200 KB sınırını aşıyor. Taslağı oluşturmak için metni kısaltın.',
  'warning.quotePlain':
    'Orijinal ileti, biçimlendirmesiyle alıntılanamayacak kadar büyük (Gmail bir iletiyi 200 KB ile sınırlar), bu nedenle düz metin olarak alıntılanıyor.',
  'warning.quoteCut':
    'Orijinal ileti, tamamı alıntılanamayacak kadar büyük (Gmail bir iletiyi 200 KB ile sınırlar): başı düz metin olarak alıntılanıyor ve kesildiği yere bir not ekleniyor.',
  'warning.subjectByGmail':
    'Konu, Threadsmith’in ayarlayabileceği {max} karakterden uzun, bu nedenle konuyu Gmail yazıyor.',
  'warning.repliesToEarlier':
    'Gmail, kendi iletinize verilen yanıtı yine size gönderirdi, bu nedenle bu taslak aynı görüşmede {names} kişisinin {date} tarihli iletisini yanıtlıyor.',
  'warning.repliesToEarlier.noName':
    'Gmail, kendi iletinize verilen yanıtı yine size gönderirdi, bu nedenle bu taslak aynı görüşmedeki {date} tarihli önceki iletiyi yanıtlıyor.',
  'warning.notThreaded.unreadable':
    'İletinin Reply-To veya From satırı güvenilir biçimde okunamıyor, bu nedenle Threadsmith bu taslağın alıcılarını kendisi belirliyor: taslak aynı konuyla yeni bir görüşme başlatır.',
  'warning.notThreaded':
    'Gmail eklentileri, görüşme içi bir yanıtı yalnızca gönderene yönlendirebilir, bu nedenle bu taslak aynı konuyla yeni bir görüşme başlatır.',

  'card.recipients.none': '—',
  'card.recipients.more': '{names} ve {count} kişi daha',
  'card.open': 'Aç',

  // The compose card (src/i18n/en/compose.ts).
  'compose.header': 'Şablon ekle',
  'compose.search': 'Şablonlarda ara',
  'compose.searchHint': 'Ad, etiket veya metin',
  'compose.for': 'Kime',
  'compose.noRecipients': 'Henüz alıcı yok',
  'compose.check': 'Kontrol edin',
  'compose.templates': 'Şablonlar',
  'compose.emptyLibrary':
    'Şablon kitaplığınız boş. İlk şablonunuzu yazmak için Threadsmith’i Gmail’in yan panelinden (hiçbir ileti açık değilken) açın ve {button} seçeneğini belirleyin.',
  'compose.newTemplate': 'Yeni şablon',
  'compose.noMatch': '“{query}” ile eşleşen şablon yok.',
  'compose.empty': '(boş)',
  'compose.team': 'Ekip',
  'compose.more': '{count} şablon daha: aramayı daraltın.',
  'compose.preview.subtitle': 'Bu taslak için önizleme',
  'compose.addsCc': 'Cc’ye ekler',
  'compose.addsBcc': 'Bcc’ye ekler',
  'compose.subject': 'Konu',
  'compose.setSubject': 'Konuyu “{subject}” yap',
  'compose.setSubjectHint': 'Yanıtlarda kapatın: konu değişirse görüşme bölünür.',
  'compose.problem': 'Bu şablonda bir sorun var',
  'compose.text': 'Metin',
  'compose.insert': 'Ekle',
  'compose.insertWaiting': {
    one: 'Ekle ({count} değeri doldurun)',
    other: 'Ekle ({count} değeri doldurun)',
  },
  'compose.warning.notAddress': 'E-posta adresi değil, olduğu gibi bırakıldı: {names}',
  'compose.warning.templateNotAddress':
    'Şablondaki “{value}” bir e-posta adresi değil ve dışarıda bırakılıyor.',
  'compose.warning.unknownCc':
    'Gmail bu taslağın Cc alanını Threadsmith’e bildirmedi, bu nedenle “Ekle” onu değiştirmez: {emails} adresini Cc’ye kendiniz ekleyin.',
  'compose.warning.unknownBcc':
    'Gmail bu taslağın Bcc alanını Threadsmith’e bildirmedi, bu nedenle “Ekle” onu değiştirmez: {emails} adresini Bcc’ye kendiniz ekleyin.',

  // Errors (src/i18n/en/errors.ts).
  'error.reference': 'Referans: {reference}',
  'error.title': 'Threadsmith bunu yapamıyor',
  'error.unexpected.title': 'Bir sorun oluştu',
  'error.unexpected':
    'Threadsmith beklenmedik bir sorunla karşılaştı. Tekrar deneyin; sorun devam ederse aşağıdaki referansı bize gönderin.',
  'error.oldButton': 'Bu düğme Threadsmith’in eski bir sürümünden. İletiyi yeniden açıp tekrar deneyin.',
  'error.noDraft.title': 'Taslak oluşturulmadı',
  'error.cardChanged':
    'Bu kart gösterildikten sonra yanıt değişti. Hiçbir şey oluşturulmadı: kartı yenilemek için herhangi bir seçimi değiştirin, ardından taslağı yeniden oluşturun.',
  'error.noSender.title': 'Gönderen yok',
  'error.noSender':
    'Bu iletide gönderen adresi yok (Kimden satırı eksik veya okunamıyor), bu nedenle yanıt verilecek kimse yok.',
  'error.draftMayExist.title': 'Taslaklar klasörünü kontrol edin',
  'error.draftMayExist':
    'Gmail taslağı onaylamadı, ancak taslak yine de oluşturulmuş olabilir. İki kopya olmaması için tekrar denemeden önce Taslaklar klasörünüze bakın.',
  'error.noMessage.title': 'Açık ileti yok',
  'error.noMessage':
    'Threadsmith açık olan iletide çalışır, ancak bu istek hangi ileti olduğunu belirtmedi. Gmail’de bir ileti açıp tekrar deneyin.',
  'error.accessExpired.title': 'İleti erişiminin süresi doldu',
  'error.accessExpired':
    'Gmail, Threadsmith’in bu iletiyi okumasına izin vermedi (erişimin süresi dolmuş olabilir). İletiyi kapatıp yeniden açın ve tekrar deneyin.',
  'error.notReadable.title': 'İleti okunamıyor',
  'error.notReadable':
    'Gmail, Threadsmith’in bu iletiyi okumasına izin vermedi: ileti silinmiş veya taşınmış olabilir ya da Gmail’de bir sorun var. İletiyi kapatıp yeniden açın ve tekrar deneyin.',
  'error.notFound.title': 'İleti bulunamadı',
  'error.notFound': 'Bu ileti artık yok: silinmiş olabilir. Başka bir ileti açın.',
  // The template store, Settings and the team library refuse.
  'error.store.conflict.title': 'Şablon başka yerde değiştirildi',
  'error.store.changed':
    '“{name}”, siz açtıktan sonra başka bir pencerede değiştirildi. Düzenlemeleriniz kaydedilmedi: kopyalayın, şablonu yeniden açın ve tekrar uygulayın.',
  'error.store.deleted':
    '“{name}”, siz açtıktan sonra başka bir pencerede silindi. Düzenlemeleriniz kaydedilmedi: kopyalayın ve yeni bir şablon oluşturun.',
  'error.store.nameTaken.title': 'Ad zaten kullanılıyor',
  'error.store.nameTaken': '“{name}” adlı bir şablonunuz zaten var. Başka bir ad seçin.',
  'error.store.namesTaken':
    'Bu adlar zaten kullanılıyor (adlar yalnızca büyük/küçük harf farkıyla ayrılamaz): {names}.',
  'error.store.quoted': '“{name}”',
  'error.store.full.title': 'Şablon kitaplığı dolu',
  'error.store.full':
    '{what} {needed} gerekiyor, ancak {limit} alanınızın yalnızca {free} kadarı boş. Bazı şablonları silin veya kısaltın ve tekrar deneyin.',
  'error.store.needs.template': 'Bu şablon için',
  'error.store.needs.copy': 'Kopya için',
  'error.store.needs.upgrade': 'Şablonlarınızı yeni depolama biçimine yükseltmek için',
  'error.store.needs.change': 'Bu değişiklik için',
  'error.store.needs.import': { one: 'Bu şablon için', other: 'Bu {count} şablon için' },
  'error.store.needs.settings': 'Ayarlarınız için',
  'error.store.needs.importedSettings': 'Bu ayarlar için',
  'error.store.needs.starters': 'Başlangıç şablonları için',
  'error.store.kb': '{size} KB',
  'error.store.tooLarge.title': 'Şablon çok büyük',
  'error.store.tooLarge':
    'Bu şablonun adı, konusu, Cc, Bcc ve etiketleri {size} yer kaplıyor; toplamda en fazla {max} olabilir. Bunları kısaltıp tekrar deneyin.',
  'error.store.notFound.title': 'Şablon bulunamadı',
  'error.store.notFound': 'Bu şablon artık yok; başka bir pencerede silinmiş olabilir.',
  'error.store.damaged.title': 'Şablon bozuk',
  'error.store.damaged':
    '“{name}” bozuk ve değiştirilemiyor. Metnini “Bozuk” listesinden kopyalayın, şablonu orada silin ve yeniden oluşturun.',
  'error.store.busy.title': 'Kaydediliyor',
  'error.store.busy':
    'Şablonlarınız şu anda başka bir pencerede kaydediliyor. Hiçbir şey değiştirilmedi; biraz sonra tekrar deneyin.',
  'error.store.newer.title': 'Güncelleme gerekli',
  'error.store.newer':
    'Şablonlarınız Threadsmith’in daha yeni bir sürümüyle kaydedilmiş (depolama biçimi {found}; bu sürümün desteklediği {known}). Eklenti güncellenene kadar okunabilir ama değiştirilemez.',
  'error.settings.tooLarge.title': 'Ayarlar çok büyük',
  'error.settings.tooLarge':
    'Bu ayarlar {size} yer kaplıyor; en fazla {max} sığar. Bazı adresleri kaldırıp tekrar deneyin.',
  'error.team.changed':
    'Siz açtıktan sonra başka biri “{name}” şablonunu ekip kitaplığına kaydetti, bu yüzden düzenlemeleriniz kaydedilmedi. Yazdıklarınız hâlâ aşağıda: kopyalayın, kayıtlı sürümü açın ve değişikliğinizi yeniden uygulayın.',
  'error.team.deleted':
    'Siz açtıktan sonra başka biri “{name}” şablonunu ekip kitaplığından sildi, bu yüzden düzenlemeleriniz kaydedilmedi. Yazdıklarınız hâlâ aşağıda: saklamak istiyorsanız kopyalayın.',
  'error.team.readOnly.title': 'Yalnızca görüntüleme',
  'error.team.readOnly':
    '“{file}” ekip kitaplığını kullanabilirsiniz ama değiştiremezsiniz: bunu yalnızca Drive’daki dosyayı düzenleme erişimi olanlar yapabilir. Sahibinden düzenleme erişimi isteyin veya şablonu kendi şablonlarınıza kopyalayın.',
  'error.team.unavailable.title': 'Ekip kitaplığı kullanılamıyor',
  'error.team.nameTaken': 'Ekip kitaplığında “{name}” adlı bir şablon zaten var. Başka bir ad seçin.',

  // Template lint (src/i18n/en/lint.ts). Liquid code comes in as params and stays as written.
  'lint.parse.unknownTag': 'Bilinmeyen etiket: {tag}',
  'lint.parse.unavailableTag': '{tag} şablonlarda kullanılamaz',
  'lint.parse.unknownFilter': 'Bilinmeyen filtre: “{filter}”',
  'lint.parse.unclosed': '{tag} kapatılmamış: {end} ekleyin',
  'lint.parse.unclosedOutput': '“{open}” kapatılmamış: “{close}” ekleyin',
  'lint.parse.unclosedTag': '“{open}” kapatılmamış: “{close}” ekleyin',
  'lint.parse.unexpectedTag': '{tag} burada beklenmiyor',
  'lint.parse.invalid': 'Şablon “{near}” civarında okunamadı',
  'lint.parse.inlineComment': '{tag} yorumunun her satırı # ile başlamalıdır',
  'lint.parse.tooLong': 'Şablon çok uzun',
  'lint.parse.tooDeep': 'Şablondaki bloklar çok derin iç içe geçmiş: en fazla {count} düzey olabilir',
  'lint.render.tooManyPieces':
    'Şablon çok fazla tekrarlanıyor: {count} parçadan sonra durduruldu. Döngüyü daha az öğe üzerinde kurun (ör. {example}).',
  'lint.render.tooLong': 'Doldurulan şablon {count} karakterden uzun',
  'lint.render.tooMuchText': 'Şablon, gönderilemeyecek kadar çok metin üretiyor',
  'lint.render.filterArgument': '“{filter}” filtresi bir değer gerektirir, ör. | {filter}: "metin"',
  'lint.render.failed': 'Şablon doldurulamadı',
  'lint.field.unknown': 'Bilinmeyen alan: “{field}”',
  'lint.field.unknownHint': 'Bilinmeyen alan: “{field}”. Bunu mu demek istediniz: “{hint}”?',
  'lint.field.emptyDefault':
    '“{field}” bazı iletilerde boş olabilir: bir varsayılan değer ekleyin (ör. {example}), aksi hâlde bu değer size sorulur',
  // {why} is still English (src/templates/fields.ts), so it stands in brackets of its own.
  'lint.field.emptyIf':
    '“{field}” boş olabilir ({why}) ve yerine okunaklı bir varsayılan değer yok: ona bağlı metni {open}…{close} içine alın, aksi hâlde bu değer size sorulur',
  'lint.field.why.someMessages': 'bazı iletilerde',
  'lint.field.why.noCc': 'yanıtta Cc yoksa',
  'lint.field.why.noName': 'Ayarlar’da adınızı girene kadar',
  'lint.link.dropped':
    '“{href}” bağlantısı metin olarak kalacak: yalnızca https: ve mailto: bağlantıları gönderilir',
});
