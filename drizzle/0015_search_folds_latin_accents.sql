-- Search folds Latin accents and Russian ё as the engine does (storage/search-text.ts foldForIndex), so the
-- French pack's folded words and a query typed without accents meet the index. Only reports with such a
-- letter change; their vector is made again the way the store makes it (the same fold, in SQL).
UPDATE "documents" AS d SET "search" =
  setweight(to_tsvector(x.cfg, replace(replace(replace(replace(translate(normalize(translate(regexp_replace(coalesce(d.title, ''), '[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]', '', 'g'), 'أإآٱٲٳؤئىةیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'ااااااوييهيك01234567890123456789'), NFC), 'àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽёЁ', 'aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORSSSTUUUUUUUYYZZZеЕ'), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')), 'A') ||
  to_tsvector(x.cfg, replace(replace(replace(replace(translate(normalize(translate(regexp_replace(left(d.text, 200000), '[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]', '', 'g'), 'أإآٱٲٳؤئىةیک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'ااااااوييهيك01234567890123456789'), NFC), 'àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽёЁ', 'aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuyyzzzAAAAAAAAACCCDEEEEEEEEIIIIIILNNNOOOOOOOORSSSTUUUUUUUYYZZZеЕ'), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'))
FROM (
  SELECT id, (CASE lang WHEN 'ar' THEN 'arabic' WHEN 'en' THEN 'english' WHEN 'ru' THEN 'russian'
    WHEN 'fr' THEN 'french' ELSE 'simple' END)::regconfig AS cfg
  FROM "documents"
  WHERE "text" ~ '[àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽёЁœŒæÆ]' OR coalesce("title", '') ~ '[àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮŁÑŃŇÒÓÔÕÖØŌŐŘŚŠŞŤÙÚÛÜŪŮŰÝŸŹŻŽёЁœŒæÆ]'
) AS x
WHERE x.id = d.id;
