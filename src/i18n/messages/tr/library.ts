// Turkish (tr): the library, its lists, import/export and the team library (src/i18n/en/library.ts).
// Terms: şablon, kitaplık, ekip kitaplığı, Google Drive; "siz" as Google's Turkish UI writes. Turkish
// counts with a singular noun, so one and other read the same.
import type { Catalogue } from '../../types';

export const trLibrary = (): Catalogue => ({
  'library.kilobytes': '{size} KB',
  'library.usage': '{used} / {limit} kullanılıyor',
  'library.header': 'Şablonlar',
  'library.new': 'Yeni şablon',
  'library.import': 'İçe aktar',
  'library.export': 'Dışa aktar',
  'library.noMatch': 'Bu aramayla eşleşen şablon yok.',
  'library.empty': 'Henüz şablon yok: bir şablon oluşturun veya içe aktarın.',
  'library.damaged.header': 'Bozuk ({count})',
  'library.damaged.intro':
    'Kayıtlı bu girişler okunamadı; diğer şablonlarınız etkilenmedi. Birini açıp metnini kopyalayın, ardından silin.',
  'library.damaged.noName': '(okunabilir ad yok)',
  'library.damaged.more': '{count} tane daha: geri kalanını görmek için bunlardan bazılarını silin',
  'library.footer':
    'Şablon alanınızda {usage}. Bir şablonu kullanmak için bir ileti açın: iletinin kartında uygun şablonlar, önerilenler başta olmak üzere listelenir. {phone}',
  'library.phoneNote':
    'Gmail’in Android ve iOS uygulamalarında iletinin kartındaki Taslak düğmesini kullanın; yazdığınız iletiye şablon ekleme, web’deki Gmail’de çalışır.',
  'library.settings': 'Ayarlar',
  'library.settingsHint': 'Şablonlardaki adınız ve diğer adresleriniz',
  'library.justSaved': 'Az önce kaydedildi',
  'library.justSavedCheck': 'Az önce kaydedildi · {check}',

  'rows.templates': { one: '{count} şablon', other: '{count} şablon' },
  'rows.matching': {
    one: '“{query}” ile eşleşen {count} şablon',
    other: '“{query}” ile eşleşen {count} şablon',
  },
  'rows.showing': '{first}–{last} / {total}',
  'rows.showingMore': '{first}–{last} / {total} · {rest} tane daha: aramayı daraltın',
  'rows.previous': 'Önceki',
  'rows.next': 'Sonraki',
  'rows.search': 'Şablonlarda ara',
  'rows.searchHint': 'Ad, etiket veya metindeki sözcükler',
  'rows.team': 'Ekip',
  'all.header': 'Tüm şablonlar',
  'all.subtitle': 'Önce önerilenler',
  'all.empty': 'Henüz şablon yok: kitaplığınızda bir şablon oluşturun.',

  'import.header': 'Şablonları içe aktar',
  'import.nothing': 'Hiçbir şey içe aktarılmadı',
  'import.intro':
    'Threadsmith’ten alınmış bir dışa aktarımı (veya adı ve metni olan bir şablon listesini) yapıştırın. Her şablon önce kontrol edilir: ya hepsi eklenir ya da hiçbiri.',
  'import.json': 'JSON olarak şablonlar',
  'import.button': 'İçe aktar',
  'import.pasteFirst': 'Önce bir dışa aktarımın JSON’unu yapıştırın.',
  'import.moreProblems': '… ve {count} sorun daha',
  'import.refused': 'Hiçbir şey içe aktarılmadı: karta bakın',
  'import.nothingNew': {
    one: 'Yeni bir şey yok: bu şablon zaten kitaplığınızda',
    other: 'Yeni bir şey yok: {count} şablonun tümü zaten kitaplığınızda',
  },
  'import.done': { one: '{count} şablon içe aktarıldı', other: '{count} şablon içe aktarıldı' },
  'import.doneSkipped': {
    one: '{count} şablon içe aktarıldı ({already} tanesi zaten vardı)',
    other: '{count} şablon içe aktarıldı ({already} tanesi zaten vardı)',
  },
  'export.header': 'Şablonları dışa aktar',
  'export.intro': {
    one: '{count} şablon. Aşağıdaki metni kopyalayıp saklayın veya başka bir hesapta İçe aktar’a yapıştırın.',
    other:
      '{count} şablon. Aşağıdaki metni kopyalayıp saklayın veya başka bir hesapta İçe aktar’a yapıştırın.',
  },
  'export.damaged': {
    one: '{count} bozuk giriş dahil edilmedi: kayıtlı metni kopyalamak için onu kitaplıktan açın.',
    other: '{count} bozuk giriş dahil edilmedi: kayıtlı metni kopyalamak için bunları kitaplıktan açın.',
  },
  'export.json': 'Dışa aktarım (JSON)',
  'damaged.header': 'Bozuk giriş',
  'damaged.stored': 'Kayıtlı metin (silmeden önce kopyalayın)',
  'damaged.delete': 'Kalıcı olarak sil',
  'damaged.deleted': 'Bozuk giriş silindi',
  'damaged.gone': 'Bu giriş artık yok: başka bir pencerede silinmiş olabilir.',
  'damaged.notFound': 'Bulunamadı',
  'library.back': 'Geri',
  'library.cancel': 'İptal',
  'library.stale': '{done}. Listenin güncel hâlini görmek için kitaplığı yeniden açın.',
  'library.deleted': 'Şablon silindi',
  'library.copied': '“{name}” olarak kopyalandı',

  'team.header': 'Ekip kitaplığı',
  'team.empty':
    'Ekibinizle tek bir şablon seti paylaşın. {create} düğmesi Google Drive’ınızda bir dosya oluşturur; ardından bu dosyayı Drive’dan ekibinizle paylaşırsınız (“Paylaş…”). Sizinle paylaşılan bir ekip kitaplığına katılmak için: Google Drive’ı açın, dosyayı seçin, Drive’ın yan panelinde Threadsmith’i açın ve {use} seçeneğini belirleyin.',
  'team.create': 'Ekip kitaplığı oluştur',
  'team.allowAccess': 'Erişime izin ver',
  'team.stop': 'Kullanmayı bırak',
  'team.summary': '{name}: {templates}, listelerinizde Ekip olarak işaretli. {access}',
  'team.canEdit': 'Bunları düzenleyebilirsiniz; ekip arkadaşlarınız değişikliklerinizi görür.',
  'team.canUse':
    'Bunları kullanabilirsiniz; yalnızca Drive’daki dosyayı düzenleme erişimi olanlar değiştirebilir.',
  'team.stale': 'Drive şu anda yanıt vermedi: bunlar, ekip şablonlarının en son okunan hâli.',
  'team.moreProblems': '… ve {count} tane daha',
  'team.problems': {
    one: 'Dosyadaki {count} giriş kullanılamıyor',
    other: 'Dosyadaki {count} giriş kullanılamıyor',
  },
  'team.problemsOthers': '{problems} (diğerleri kullanılabilir):',
  'team.newTemplate': 'Yeni ekip şablonu',
  'team.copyMine': 'Şablonlarımı ekibe kopyala',
  'team.share': 'Paylaş…',
  'team.yourTemplates': 'Şablonlarınız',
  'team.createIntro':
    'Threadsmith, ekibin şablonları için Google Drive’ınızda bir dosya oluşturur. Dosyayı yalnızca paylaştığınız kişiler görebilir; düzenleme erişimi verdikleriniz şablonlarını değiştirebilir.',
  'team.name': 'Ekip kitaplığının adı',
  'team.tickToStart':
    'Başlangıçta eklenecek şablonları işaretleyin (kopyalanır: sizinkiler olduğu gibi kalır) veya boş başlamak için hiçbirini işaretlemeyin.',
  'team.moreLater': '{count} tane daha: bunları daha sonra “Şablonlarımı ekibe kopyala” ile kopyalayın.',
  'team.tickToCopy':
    '{team} kitaplığına kopyalanacak şablonları işaretleyin. Kendi şablonlarınız olduğu gibi kalır.',
  'team.noneOfYourOwn': 'Henüz kendi şablonunuz yok.',
  'team.moreSearch': '{count} tane daha: birini açmak için kitaplıkta arayın.',
  'team.copyHeader': 'Ekip kitaplığına kopyala',
  'team.copyButton': 'Ekibe kopyala',
  'team.subtitle': 'Ekip · {team}',
  'team.readOnly':
    'Bir ekip şablonu: kullanabilirsiniz, ancak yalnızca ekip kitaplığını düzenleme erişimi olanlar değiştirebilir. Kendi sürümünüzü yapmak için şablonlarınıza kopyalayın.',
  'team.text': 'Metin',
  'team.tags': 'Etiketler',
  'team.noTags': '(yok)',
  'team.copyToMine': 'Şablonlarıma kopyala',
  'team.driveHome':
    'Sizinle paylaşılan bir ekip kitaplığını kullanmak için dosyasını burada, Drive’da seçin (adı “(Threadsmith team library).json” ile biter); bu panel size {use} seçeneğini sunar. Bir tane oluşturmak için Gmail’de Threadsmith’i açın: kitaplığında bir Ekip kitaplığı bölümü vardır.',
  'team.use': 'Ekip kitaplığı olarak kullan',

  'team.none': 'Ekip kitaplığınız yok.',
  'team.notAvailable': 'Ekip kitaplığı kullanılamıyor',
  'team.defaultName': 'Ekip şablonları',
  'team.saved': '“{name}” ekip kitaplığına kaydedildi',
  'team.deleted': 'Ekip kitaplığından silindi',
  'team.copiedToMine': 'Şablonlarınıza “{name}” olarak kopyalandı',
  'team.copyName': '{name} (ekip kopyası)',
  'team.consent':
    'Ekip kitaplığı Google Drive’daki bir dosyadır, bu nedenle Threadsmith’in onunla oluşturduğunuz veya açtığınız Drive dosyalarını görme ve değiştirme iznine ihtiyacı vardır (“drive.file”). Drive’ınızdaki başka hiçbir dosyayı görmez. Kendi şablonlarınız bu izin olmadan da çalışır.',
  'team.permission': 'İzin gerekli',
  'team.nameTooLong': 'Ad, en fazla {max} karakterlik tek bir satır olmalıdır.',
  'team.created': {
    one: '“{name}”, Drive’ınızda {count} şablonla oluşturuldu. Ekibinizle paylaşmak için “Paylaş…” seçeneğini kullanın.',
    other:
      '“{name}”, Drive’ınızda {count} şablonla oluşturuldu. Ekibinizle paylaşmak için “Paylaş…” seçeneğini kullanın.',
  },
  'team.createdEmpty':
    '“{name}”, Drive’ınızda oluşturuldu. Ekibinizle paylaşmak için “Paylaş…” seçeneğini kullanın.',
  'team.tickOne': 'Kopyalamak için en az bir şablon işaretleyin.',
  'team.nothingCopied': 'Hiçbir şey kopyalanmadı: karta bakın',
  'team.copied': {
    one: '{count} şablon ekip kitaplığına kopyalandı',
    other: '{count} şablon ekip kitaplığına kopyalandı',
  },
  'team.left': 'Artık ekip kitaplığını kullanmıyorsunuz. Dosya Drive’da kalır.',
  'team.theFile': 'dosya',
  'team.isYours':
    'Bu dosya sizin ekip kitaplığınız. Şablonları Gmail’de sizinkilerle birlikte, Ekip işaretiyle görünür.',
  'team.askUse':
    'Bu dosya ekip kitaplığınız olarak kullanılsın mı? Şablonları Gmail’de sizinkilerle birlikte, Ekip işaretiyle görünecek.',
  'team.askUseAccess':
    'Bu dosya ekip kitaplığınız olarak kullanılsın mı? Threadsmith önce yalnızca bu dosyaya erişim ister; Drive’ınızdaki başka hiçbir dosyayı görmez.',
  'team.joined':
    'Tamam: “{name}” ({templates}) artık ekip kitaplığınız. Gmail’i açın: şablonları sizinkilerle birlikte, Ekip işaretiyle görünür.',
  'team.joinedViewer':
    'Tamam: “{name}” ({templates}) artık ekip kitaplığınız. Gmail’i açın: şablonları sizinkilerle birlikte, Ekip işaretiyle görünür. Bunları kullanabilirsiniz; yalnızca dosyayı düzenleme erişimi olanlar değiştirebilir.',
  'team.joinedNote': '“{name}” artık ekip kitaplığınız',
  'team.notTeamLibrary': 'Ekip kitaplığı değil',
});
