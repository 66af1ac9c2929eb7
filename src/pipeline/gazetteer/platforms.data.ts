// The platforms releases are posted on and the internet itself, by language, as reports spell them:
// a name of one is never the start of a release's title ("a video titled Patience on Telegram").
// Brand names are written alike in every Latin-script report; Russian also declines its own spellings
// ("в Телеграме", "на Ютубе"), which a star marks as a stem.

const LATIN_PLATFORMS = [
  'Telegram',
  'YouTube',
  'Twitter',
  'Facebook',
  'Instagram',
  'TikTok',
  'WhatsApp',
  'Rocket.Chat',
  'Hoop',
];

export const PLATFORMS: Record<string, string[]> = {
  en: [...LATIN_PLATFORMS, 'Internet', 'Web'],
  fr: [...LATIN_PLATFORMS, 'Internet', 'Web', 'Toile'],
  ru: [
    ...LATIN_PLATFORMS,
    'Телеграм*',
    'Телеграмм*',
    'Ютуб*',
    'Интернет*',
    'Твиттер*',
    'Фейсбук*',
    'ВКонтакте',
    'Инстаграм*',
    'ТикТок*',
    'Одноклассник*',
    'Сеть',
    'Сети',
  ],
};
