import { extractFacts } from '../../libs/composer/src/facts/fact-extractor';
import { splitSentences } from '../../libs/composer/src/text/sentence-splitter';
const f = require('../../libs/composer/src/__fixtures__/rutan-bengkulu-kehumasan.json');
console.log(extractFacts('Pada Selasa (15/10) pukul 09.00 WIB di Jl. Sudirman No. 12, Rp 1.250.000 dan 2,5 persen, hubungi 0736-21234 atau +62 812 3456 7890, lihat kemenkumham.go.id/berita. Dr. Teguh Wibowo, S.H. hadir 15 Oktober 2024. #Humas2024 @Kemenkumham_RI').map(f=>`${f.kind}:${f.value}:${f.key}`));
for (const s of splitSentences(f.body)) console.log(s.paragraph, JSON.stringify(s.text.slice(0,60)), '...', JSON.stringify(s.text.slice(-30)));
console.log(extractFacts(f.body).filter(x=>x.kind==='name').map(x=>x.value));
