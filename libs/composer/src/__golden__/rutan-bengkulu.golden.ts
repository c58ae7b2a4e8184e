// Expected posts for the Rutan Bengkulu release, reviewed by reading them as a humas editor would:
// natural Indonesian, whole words and numbers, nothing the release does not say.
// Regenerate only on purpose, and read the diff before committing it.

// Who / what / when, then who attended (the release's own short form of the Kanwil), hashtags last.
export const X_POST = `Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan, Selasa (15/10). Acara ini dihadiri langsung oleh Kepala Divisi Pemasyarakatan Kanwil @Kemenkumham_RI Bengkulu, Teguh Wibowo beserta jajaran.

#KemenkumhamBengkulu`;

export const X_THREAD = [
  `1/22 Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan, Selasa (15/10).

#KemenkumhamBengkulu #PemasyarakatanPastiBermanfaat #HumasPemasyarakatan`,
  `2/22 Acara ini dihadiri langsung oleh Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM (Kanwil @Kemenkumham_RI) Bengkulu…`,
  `3/22 Teguh Wibowo beserta jajaran dan seluruh pengelola humas Unit Pelaksana Teknis (UPT) Pemasyarakatan di lingkungan Kanwil Kemenkumham Bengkulu.`,
  `4/22 Kegiatan ini dilaksanakan atas arahan Kanwil Kemenkumham Bengkulu melalui Divisi Pemasyarakatan sebagai tindak lanjut dari keikutsertaan Rutan Bengkulu dalam Rapat Koordinasi Humas jajaran Direktorat Jenderal Pemasyarakatan pada beberapa Waktu lalu.`,
  `5/22 Tujuan dari kegiatan ini adalah untuk memperkuat kemampuan dan profesionalitas pengelola humas dan protokoler dalam menunjang fungsi komunikasi publik.`,
  `6/22 Selain itu, acara ini juga diharapkan dapat meningkatkan pemahaman terkait pentingnya peran media sosial sebagai sarana untuk membangun citra positif instansi.`,
  `7/22 Dalam sambutannya, Kepala Divisi Pemasyarakatan menekankan pentingnya sinergi antara keprotokolan dan kehumasan dalam setiap kegiatan kelembagaan.`,
  `8/22 “Kegiatan ini merupakan tindak lanjut dari keikutsertaan Rutan Bengkulu dalam kegiatan Rakor Humas yang diselenggrakan oleh Ditjenpas beberapa Waktu lalu.`,
  `9/22 Tentunya kami berharap melalui kegiatan ini Rutan Bengkulu dapat membagi pengalaman yang didapat dalam rakor tersebut kepada rekan-rekan pengelolan humas di UPT Pemasyarakatan. Karena Kehumasan dan keprotokolan adalah dua aspek penting yang harus berjalan selaras.`,
  `10/22 Keduanya memainkan peran vital dalam menjaga kredibilitas serta membangun hubungan positif dengan publik,” ujar Teguh Wibowo.

Teguh juga menyampaikan bahwa di era digital saat ini, media sosial menjadi alat komunikasi yang sangat efektif dan strategis.`,
  `11/22 “Media sosial tidak hanya sekadar sarana promosi, tetapi juga merupakan wadah untuk mendekatkan diri dengan masyarakat, menyampaikan informasi, serta membangun citra baik instansi,” tambahnya.`,
  `12/22 Kegiatan ini diisi dengan pemaparan materi oleh Arsuindo Saputra, selaku pengelola humas Rutan Bengkulu yang turut serta dalam kegiatan Rakor Humas yang diselenggarakan oleh @ditjenpas beberapa Waktu lalu.`,
  `13/22 Dalam pemaparannya, ia menekankan pentingnya peran humas pemerintah dalam membangun dan meningkatkan citra positif instansi melalui pemanfaatan media sosial.`,
  `14/22 Arsuindo menjelaskan bahwa salah satu tantangan utama humas pemerintah adalah bagaimana menyampaikan informasi secara tepat, cepat, dan menarik agar publik terlibat dan memahami program-program yang dijalankan oleh instansi.`,
  `15/22 “Humas tidak hanya bertugas menyebarkan informasi, tetapi juga harus mampu berperan sebagai penghubung antara pemerintah dan masyarakat,” ujarnya.`,
  `16/22 Ia juga memaparkan beberapa strategi penting dalam pengelolaan media sosial, seperti konsistensi dalam penyampaian informasi, penggunaan konten visual yang menarik, serta pentingnya interaksi aktif dengan pengguna media sosial.`,
  `17/22 “Konsistensi dan kreativitas dalam membuat konten adalah kunci agar pesan yang kita sampaikan dapat diterima dengan baik oleh publik,” jelas Arsuindo.

Selain itu, ia menggarisbawahi pentingnya keterbukaan dan transparansi dalam menyampaikan informasi kepada publik.`,
  `18/22 Menurutnya, instansi pemerintah harus mampu beradaptasi dengan perkembangan zaman agar tetap relevan dan dipercaya oleh masyarakat.`,
  `19/22 “Humas harus proaktif dan responsif dalam menyikapi isu-isu yang berkembang, serta mampu menyampaikan informasi dengan transparan untuk membangun kepercayaan publik,” tambahnya.

Selain penyampaian materi, acara ini juga diisi dengan sesi diskusi dan tanya jawab.`,
  `20/22 Peserta diberikan kesempatan untuk berdiskusi langsung terkait berbagai permasalahan yang dihadapi dalam menjalankan tugas kehumasan dan keprotokolan. Sesi ini diharapkan dapat meningkatkan sinergi antar UPT dan menciptakan kolaborasi yang lebih baik di masa mendatang.`,
  `21/22 Acara ditutup dengan pesan dari Kepala Divisi Pemasyarakatan yang mengapresiasi semangat peserta dan berharap agar ilmu yang didapatkan dapat langsung diimplementasikan di masing-masing UPT.`,
  `22/22 “Mari kita jadikan humas dan keprotokolan sebagai garda terdepan dalam membangun citra positif dan memberikan informasi yang akurat kepada masyarakat,” pungkas Teguh.`,
];

export const FACEBOOK_POST = `Bersama Jajaran UPT Pemasyarakatan, Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan

BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan, Selasa (15/10). Acara ini dihadiri langsung oleh Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Bengkulu, Teguh Wibowo beserta jajaran dan seluruh pengelola humas Unit Pelaksana Teknis (UPT) Pemasyarakatan di lingkungan Kanwil Kemenkumham Bengkulu.

Kegiatan ini dilaksanakan atas arahan Kanwil Kemenkumham Bengkulu melalui Divisi Pemasyarakatan sebagai tindak lanjut dari keikutsertaan Rutan Bengkulu dalam Rapat Koordinasi Humas jajaran Direktorat Jenderal Pemasyarakatan pada beberapa Waktu lalu. Tujuan dari kegiatan ini adalah untuk memperkuat kemampuan dan profesionalitas pengelola humas dan protokoler dalam menunjang fungsi komunikasi publik. Selain itu, acara ini juga diharapkan dapat meningkatkan pemahaman terkait pentingnya peran media sosial sebagai sarana untuk membangun citra positif instansi.

Dalam sambutannya, Kepala Divisi Pemasyarakatan menekankan pentingnya sinergi antara keprotokolan dan kehumasan dalam setiap kegiatan kelembagaan. “Kegiatan ini merupakan tindak lanjut dari keikutsertaan Rutan Bengkulu dalam kegiatan Rakor Humas yang diselenggrakan oleh Ditjenpas beberapa Waktu lalu. Tentunya kami berharap melalui kegiatan ini Rutan Bengkulu dapat membagi pengalaman yang didapat dalam rakor tersebut kepada rekan-rekan pengelolan humas di UPT Pemasyarakatan. Karena Kehumasan dan keprotokolan adalah dua aspek penting yang harus berjalan selaras. Keduanya memainkan peran vital dalam menjaga kredibilitas serta membangun hubungan positif dengan publik,” ujar Teguh Wibowo.

Teguh juga menyampaikan bahwa di era digital saat ini, media sosial menjadi alat komunikasi yang sangat efektif dan strategis. “Media sosial tidak hanya sekadar sarana promosi, tetapi juga merupakan wadah untuk mendekatkan diri dengan masyarakat, menyampaikan informasi, serta membangun citra baik instansi,” tambahnya.

Kegiatan ini diisi dengan pemaparan materi oleh Arsuindo Saputra, selaku pengelola humas Rutan Bengkulu yang turut serta dalam kegiatan Rakor Humas yang diselenggarakan oleh Ditjenpas beberapa Waktu lalu. Dalam pemaparannya, ia menekankan pentingnya peran humas pemerintah dalam membangun dan meningkatkan citra positif instansi melalui pemanfaatan media sosial.

Arsuindo menjelaskan bahwa salah satu tantangan utama humas pemerintah adalah bagaimana menyampaikan informasi secara tepat, cepat, dan menarik agar publik terlibat dan memahami program-program yang dijalankan oleh instansi. “Humas tidak hanya bertugas menyebarkan informasi, tetapi juga harus mampu berperan sebagai penghubung antara pemerintah dan masyarakat,” ujarnya.

Ia juga memaparkan beberapa strategi penting dalam pengelolaan media sosial, seperti konsistensi dalam penyampaian informasi, penggunaan konten visual yang menarik, serta pentingnya interaksi aktif dengan pengguna media sosial. “Konsistensi dan kreativitas dalam membuat konten adalah kunci agar pesan yang kita sampaikan dapat diterima dengan baik oleh publik,” jelas Arsuindo.

Selain itu, ia menggarisbawahi pentingnya keterbukaan dan transparansi dalam menyampaikan informasi kepada publik. Menurutnya, instansi pemerintah harus mampu beradaptasi dengan perkembangan zaman agar tetap relevan dan dipercaya oleh masyarakat. “Humas harus proaktif dan responsif dalam menyikapi isu-isu yang berkembang, serta mampu menyampaikan informasi dengan transparan untuk membangun kepercayaan publik,” tambahnya.

Selain penyampaian materi, acara ini juga diisi dengan sesi diskusi dan tanya jawab. Peserta diberikan kesempatan untuk berdiskusi langsung terkait berbagai permasalahan yang dihadapi dalam menjalankan tugas kehumasan dan keprotokolan. Sesi ini diharapkan dapat meningkatkan sinergi antar UPT dan menciptakan kolaborasi yang lebih baik di masa mendatang.

Acara ditutup dengan pesan dari Kepala Divisi Pemasyarakatan yang mengapresiasi semangat peserta dan berharap agar ilmu yang didapatkan dapat langsung diimplementasikan di masing-masing UPT. “Mari kita jadikan humas dan keprotokolan sebagai garda terdepan dalam membangun citra positif dan memberikan informasi yang akurat kepada masyarakat,” pungkas Teguh.

#KemenkumhamBengkulu #PemasyarakatanPastiBermanfaat #HumasPemasyarakatan`;

export const INSTAGRAM_CAPTION = `Bersama Jajaran UPT Pemasyarakatan, Rutan Bengkulu Gelar Penguatan Kapasitas Keprotokolan dan Kehumasan

BENGKULU - Rutan Kelas IIB Bengkulu menggelar kegiatan penguatan kapasitas keprotokolan dan kehumasan pemasyarakatan, Selasa (15/10). Acara ini dihadiri langsung oleh Kepala Divisi Pemasyarakatan Kantor Wilayah Kementerian Hukum dan HAM (Kanwil @kemenkumhamri) Bengkulu, Teguh Wibowo beserta jajaran dan seluruh pengelola humas Unit Pelaksana Teknis (UPT) Pemasyarakatan di lingkungan Kanwil Kemenkumham Bengkulu.

Kegiatan ini dilaksanakan atas arahan Kanwil Kemenkumham Bengkulu melalui Divisi Pemasyarakatan sebagai tindak lanjut dari keikutsertaan Rutan Bengkulu dalam Rapat Koordinasi Humas jajaran Direktorat Jenderal Pemasyarakatan pada beberapa Waktu lalu. Tujuan dari kegiatan ini adalah untuk memperkuat kemampuan dan profesionalitas pengelola humas dan protokoler dalam menunjang fungsi komunikasi publik. Selain itu, acara ini juga diharapkan dapat meningkatkan pemahaman terkait pentingnya peran media sosial sebagai sarana untuk membangun citra positif instansi.

Dalam sambutannya, Kepala Divisi Pemasyarakatan menekankan pentingnya sinergi antara keprotokolan dan kehumasan dalam setiap kegiatan kelembagaan. “Kegiatan ini merupakan tindak lanjut dari keikutsertaan Rutan Bengkulu dalam kegiatan Rakor Humas yang diselenggrakan oleh Ditjenpas beberapa Waktu lalu. Tentunya kami berharap melalui kegiatan ini Rutan Bengkulu dapat membagi pengalaman yang didapat dalam rakor tersebut kepada rekan-rekan pengelolan humas di UPT Pemasyarakatan. Karena Kehumasan dan keprotokolan adalah dua aspek penting yang harus berjalan selaras. Keduanya memainkan peran vital dalam menjaga kredibilitas serta membangun hubungan positif dengan publik,” ujar Teguh Wibowo.

Teguh juga menyampaikan bahwa di era digital saat ini, media sosial menjadi alat komunikasi yang sangat efektif dan strategis. “Media sosial tidak hanya sekadar sarana promosi, tetapi juga merupakan wadah untuk mendekatkan diri dengan masyarakat, menyampaikan informasi, serta membangun citra baik instansi,” tambahnya.

Selengkapnya: link di bio

#KemenkumhamBengkulu #PemasyarakatanPastiBermanfaat #HumasPemasyarakatan`;
