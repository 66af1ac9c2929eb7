// Armed groups by any of their names (GUIDELINES.md `affiliation`). ! marks case-sensitive acronyms.
import type { Affiliation } from '../../domain/claim.ts';

export const GROUP_NAMES: Record<Affiliation, Partial<Record<'en' | 'ar' | 'ru' | 'fr', string[]>>> = {
  isis: {
    en: ['Islamic State', '!IS', '!ISIS', '!ISIL', 'Daesh', 'Daish', 'Da’esh', "Da'esh", 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant', '!ISIS-K', '!ISKP', 'Islamic State Khorasan', 'Islamic State in Khorasan', 'Khorasan Province', 'caliphate'],
    ar: ['داعش', 'تنظيم الدولة', 'الدولة الإسلامية', 'دولة الخلافة', 'ولاية خراسان', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية في العراق والشام', 'داعشي*', 'الدواعش', 'أشبال الخلافة', 'الخلافة', 'ولاية خراسان الإسلامية'],
    ru: ['ИГИЛ', '!ИГ', 'ДАИШ', 'ИГИШ', 'Исламск* государств*', 'Вилайят Хорасан', 'вилайят* Хорасан*', '!ИГ-Хорасан', 'халифат*'],
    fr: ['État islamique', 'Etat islamique', '!EI', 'Daech', 'Daesh', '!EIIL', 'groupe EI', 'organisation État islamique', 'Daïch', "Da'ech", '!ISIS', '!ISIL', '!EI-K', '!EIK', '!EIGS', 'État islamique au Khorassan', 'État islamique-Khorassan', 'État islamique au Khorasan', 'EI-Khorassan', 'Province du Khorassan', 'Wilayat Khorassan', 'Wilayat Khorasan', "État islamique en Irak et au Levant", "État islamique d'Irak et du Levant", 'califat', 'Etat islamique au Grand Sahara'],
  },
  'al-nusra': {
    en: ['Jabhat al-Nusra', 'al-Nusra', 'Nusra Front', 'al-Nusra Front', 'Jabhat Fateh al-Sham', 'Hayat Tahrir al-Sham', '!HTS', 'Tahrir al-Sham'],
    ar: ['جبهة النصرة', 'النصرة', 'جبهة فتح الشام', 'هيئة تحرير الشام', 'تحرير الشام', 'فتح الشام'],
    ru: ['Джебхат ан-Нусра', 'ан-Нуср*', 'Фронт ан-Нусра', 'Хайят Тахрир аш-Шам', 'Хайат Тахрир аш-Шам', 'Джабхат ан-Нусра', 'Джабхат Фатх аш-Шам', '!ХТШ'],
    fr: ['Front al-Nosra', 'al-Nosra', 'Jabhat al-Nosra', 'Hayat Tahrir al-Cham', '!HTC', 'Front Fatah al-Cham', 'Front al-Nusra', 'al-Nusra', 'Jabhat al-Nusra', 'Fateh al-Cham', 'Fatah al-Cham', 'Jabhat Fateh al-Cham', 'Hayat Tahrir al-Sham', '!HTS', 'Tahrir al-Cham', 'Tahrir al-Sham'],
  },
  'al-qaeda': {
    en: ['al-Qaeda', 'al-Qaida', 'Al Qaeda', 'al Qaeda'],
    ar: ['القاعدة', 'تنظيم القاعدة'],
    ru: ['Аль-Каид*', 'аль-Каед*', 'Аль-Кайд*', 'Аль Каид*'],
    fr: ['Al-Qaïda', 'al-Qaida', 'Al-Qaeda', 'Al Qaïda', 'Al Qaida', '!AQMI', '!AQPA', 'Al-Qaïda au Maghreb islamique', 'Al-Qaïda dans la péninsule arabique'],
  },
  taliban: {
    en: ['Taliban', 'Taleban'],
    ar: ['طالبان', 'حركة طالبان'],
    ru: ['Талибан*', 'талиб*'],
    fr: ['talibans', 'taliban', 'talibane*'],
  },
  imu: {
    en: ['Islamic Movement of Uzbekistan', '!IMU'],
    ar: ['الحركة الإسلامية لأوزبكستان', 'الحركة الإسلامية في أوزبكستان', 'الحركة الإسلامية الأوزبكية', 'حركة أوزبكستان الإسلامية'],
    ru: ['Исламск* движени* Узбекистан*', '!ИДУ'],
    fr: ["Mouvement islamique d'Ouzbékistan", '!MIO', "Mouvement islamique de l'Ouzbékistan", 'Mouvement islamique du Turkestan', '!IMU'],
  },
  other: {
    en: ['Islamic Jihad Union', '!IJU', 'Katibat Imam al-Bukhari', 'Hezbollah', 'Hizbollah', 'Popular Mobilization Forces', '!PMF', 'Hashd al-Shaabi', '!PKK', '!YPG', 'Boko Haram', 'al-Shabaab', 'Ansar al-Sharia', 'Jaish al-Muhajireen wal-Ansar', 'Kata’ib Hezbollah', 'Kataib Hezbollah'],
    ar: ['اتحاد الجهاد الإسلامي', 'حزب الله', 'الحشد الشعبي', 'حزب العمال الكردستاني', 'بوكو حرام', 'حركة الشباب', 'كتائب حزب الله', 'كتيبة الإمام البخاري', 'قوات الحشد', 'الحزب الإسلامي التركستاني', 'جيش المهاجرين والأنصار', 'أجناد القوقاز', 'إمارة القوقاز', 'وحدات حماية الشعب', 'كتيبة التوحيد والجهاد', 'جند الخلافة', 'أنصار الشريعة'],
    ru: ['Союз исламского джихада', 'Хезболл*', 'Катибат Имам аль-Бухари', 'Катибат Таухид валь-Джихад', 'Джамаат Имама Бухари', 'Имарат Кавказ', 'Ахрар аш-Шам', 'Аджнад аль-Кавказ', 'Джунд аль-Халифа', 'Исламск* парти* Туркестан*', 'Боко Харам', 'аш-Шабаб', 'Джейш аль-Мухаджирин валь-Ансар', '!РПК'],
    fr: ['Union du jihad islamique', 'Hezbollah', 'Boko Haram', 'Chabab', 'Hachd al-Chaabi', 'Union du djihad islamique', '!UJI', 'Katibat Imam al-Boukhari', 'Katibat Imam al-Bukhari', 'Jaish al-Muhajireen wal-Ansar', 'Djaich al-Mouhajirine wal-Ansar', 'Hachd', 'Mobilisation populaire', '!PKK', '!YPG', 'Chebab', 'shebab', 'shabab', 'Ansar al-Charia', 'Ajnad al-Kavkaz', 'Émirat du Caucase', 'Katibat al-Tawhid wal-Jihad', 'Parti islamique du Turkestan'],
  },
};
