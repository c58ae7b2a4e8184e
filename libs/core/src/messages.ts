import { Language } from './language';

type Template = Record<Language, string>;

/**
 * The catalogue of everything a user may read as an error or a validation problem, Indonesian first.
 * `{name}` placeholders are filled from the error's params. A code with no entry falls back to a
 * generic message, so a missing translation never becomes a 500.
 */
export const MESSAGES: Record<string, Template> = {
  INTERNAL_ERROR: {
    id: 'Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, hubungi admin dengan kode permintaan {requestId}.',
    en: 'Something went wrong on the server. Please try again; if it happens again, contact an admin with request id {requestId}.',
  },
  VALIDATION_FAILED: { id: 'Data yang dikirim tidak valid.', en: 'The data sent is not valid.' },
  MALFORMED_JSON: { id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  PAYLOAD_TOO_LARGE: {
    id: 'Isi permintaan terlalu besar (maksimum {limit}).',
    en: 'The request body is too large (maximum {limit}).',
  },
  BODY_TOO_DEEP: {
    id: 'Isi permintaan bersarang terlalu dalam (maksimum {max} tingkat).',
    en: 'The request body is nested too deeply (at most {max} levels).',
  },
  BODY_ARRAY_TOO_LONG: {
    id: 'Daftar "{field}" terlalu panjang (maksimum {max} item).',
    en: 'The list "{field}" is too long (at most {max} items).',
  },
  UNSUPPORTED_MEDIA_TYPE: { id: 'Jenis konten tidak didukung.', en: 'Unsupported content type.' },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { id: 'Alamat tidak ditemukan.', en: 'No such route.' },
  METHOD_NOT_ALLOWED: { id: 'Metode tidak diizinkan.', en: 'Method not allowed.' },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  TOKEN_EXPIRED: {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has expired. Please sign in again.',
  },
  INVALID_CREDENTIALS: { id: 'Email atau kata sandi salah.', en: 'Wrong email or password.' },
  ACCOUNT_DEACTIVATED: { id: 'Akun ini telah dinonaktifkan.', en: 'This account has been deactivated.' },
  LOGIN_THROTTLED: {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {retryAfterSeconds} detik.',
    en: 'Too many failed sign-in attempts. Try again in {retryAfterSeconds} seconds.',
  },
  REFRESH_TOKEN_INVALID: {
    id: 'Sesi tidak valid. Silakan masuk kembali.',
    en: 'Invalid session. Please sign in again.',
  },
  REFRESH_TOKEN_REUSED: {
    id: 'Token sesi yang sudah dipakai digunakan lagi; demi keamanan semua sesi terkait diakhiri. Silakan masuk kembali.',
    en: 'A refresh token was reused; for safety every session in its family was ended. Please sign in again.',
  },
  FORBIDDEN: {
    id: 'Peran Anda tidak memiliki izin "{permission}" pada unit ini.',
    en: 'Your role lacks the "{permission}" permission on this node.',
  },
  METRICS_FORBIDDEN: {
    id: 'Metrik hanya dapat dibaca dari mesin yang sama atau dengan token metrik (METRICS_TOKEN).',
    en: 'Metrics can only be read from the same machine or with the metrics token (METRICS_TOKEN).',
  },
  THROTTLED: {
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Try again shortly.',
  },
  VERSION_CONFLICT: {
    id: 'Data ini sudah diubah orang lain (versi {actual}, Anda mengirim {expected}). Muat ulang lalu coba lagi.',
    en: 'Someone else changed this (version {actual}, you sent {expected}). Reload and try again.',
  },
  EMAIL_TAKEN: { id: 'Email {email} sudah terdaftar.', en: 'The email {email} is already registered.' },
  SLUG_TAKEN: { id: 'Slug {slug} sudah dipakai.', en: 'The slug {slug} is already in use.' },
  MEMBERSHIP_EXISTS: {
    id: 'Pengguna ini sudah memiliki peran {role} pada unit tersebut.',
    en: 'This user already has the {role} role on that node.',
  },
  INVALID_PARENT_KIND: {
    id: 'Unit jenis {kind} tidak dapat berada di bawah {parentKind}.',
    en: 'A {kind} cannot sit under a {parentKind}.',
  },
  CANNOT_CHANGE_OWN_ACCESS: {
    id: 'Anda tidak dapat mengubah atau mencabut akses Anda sendiri.',
    en: 'You cannot change or remove your own access.',
  },
  INVALID_CURSOR: { id: 'Kursor halaman tidak valid.', en: 'Invalid page cursor.' },
  IDEMPOTENCY_KEY_REUSED: {
    id: 'Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    id: 'Permintaan dengan Idempotency-Key ini masih diproses. Coba lagi sebentar lagi.',
    en: 'A request with this Idempotency-Key is still being processed. Try again shortly.',
  },
  // Media upload and delivery.
  MEDIA_EMPTY: { id: 'Berkas kosong (0 byte).', en: 'The file is empty (0 bytes).' },
  MEDIA_TOO_LARGE: {
    id: 'Berkas terlalu besar: maksimum {limit} untuk {kind}.',
    en: 'The file is too large: the maximum for {kind} is {limit}.',
  },
  MEDIA_TYPE_NOT_ALLOWED: {
    id: 'Jenis berkas tidak didukung. Hanya JPEG, PNG, WebP atau MP4 yang diterima (dibaca dari isi berkas, bukan dari nama atau Content-Type).',
    en: 'Unsupported file type. Only JPEG, PNG, WebP or MP4 are accepted (read from the file itself, not its name or Content-Type).',
  },
  MEDIA_CORRUPT: {
    id: 'Berkas {type} rusak atau tidak dapat dibaca.',
    en: 'The {type} file is damaged or cannot be read.',
  },
  MEDIA_RAW_BODY_REQUIRED: {
    id: 'Kirim isi berkas apa adanya sebagai badan permintaan (mis. Content-Type: image/jpeg), bukan JSON atau formulir.',
    en: 'Send the file bytes as the request body (e.g. Content-Type: image/jpeg), not JSON or a form.',
  },
  MEDIA_URL_INVALID: {
    id: 'Tautan media tidak valid atau sudah kedaluwarsa.',
    en: 'The media link is invalid or has expired.',
  },
  MEDIA_NOT_ATTACHABLE: {
    id: 'Media {assetId} tidak ditemukan di unit rilis ini.',
    en: 'Media {assetId} was not found in this release’s unit.',
  },
  // Releases, drafts and composing.
  RELEASE_NOT_EDITABLE: {
    id: 'Rilis berstatus {status} tidak dapat diubah.',
    en: 'A release with status {status} cannot be changed.',
  },
  RELEASE_NOT_SUBMITTABLE: {
    id: 'Rilis berstatus {status} tidak dapat diajukan; hanya draf atau rilis yang diminta perbaikan.',
    en: 'A release with status {status} cannot be submitted; only drafts or releases with changes requested.',
  },
  RELEASE_NOT_IN_REVIEW: {
    id: 'Rilis berstatus {status} tidak sedang menunggu persetujuan.',
    en: 'A release with status {status} is not awaiting approval.',
  },
  OWN_RELEASE_DECISION: {
    id: 'Anda tidak dapat menyetujui atau menilai rilis yang Anda tulis sendiri.',
    en: 'You cannot approve or review a release you wrote yourself.',
  },
  SECOND_APPROVER_REQUIRED: {
    id: 'Unit ini mewajibkan dua persetujuan dari penyetuju yang berbeda; Anda sudah memberi persetujuan pertama.',
    en: 'This unit requires two approvals by different approvers; you already gave the first one.',
  },
  COMMENT_REQUIRED: {
    id: 'Tuliskan komentar yang menjelaskan perbaikan yang diminta.',
    en: 'Write a comment explaining the changes requested.',
  },
  NODE_REQUIRED: {
    id: 'Pilih unit (nodeId): Anda terdaftar di {count} unit.',
    en: 'Choose a unit (nodeId): you belong to {count} units.',
  },
  NO_CONNECTED_ACCOUNTS: {
    id: 'Unit ini belum memiliki akun media sosial aktif yang terhubung.',
    en: 'This unit has no active connected social account.',
  },
  DRAFT_NOT_EDITABLE: {
    id: 'Draf berstatus {state} tidak dapat diubah lagi.',
    en: 'A draft in state {state} can no longer be changed.',
  },
  DRAFT_MEDIA_UNKNOWN: {
    id: 'Media {id} bukan bagian dari rilis atau draf ini.',
    en: 'Media {id} is not part of this release or draft.',
  },
  POST_NOT_EDITABLE: {
    id: 'Postingan ini tidak dapat diubah lagi (status: {state}).',
    en: 'This post can no longer be changed (state: {state}).',
  },
  POST_NEEDS_RESOLVE: {
    id: 'Postingan berstatus {state} tidak dijadwalkan ulang atau diubah: selesaikan dengan POST /api/v1/posts/:id/resolve, action "send_again" (kirim lagi sebagai versi baru) atau "mark_published" (sudah tayang, sertakan tautannya).',
    en: 'A post in state {state} is not rescheduled or edited: resolve it with POST /api/v1/posts/:id/resolve, action "send_again" (send it as a new version) or "mark_published" (it is live; give its link).',
  },
  POST_NOT_CANCELLABLE: {
    id: 'Postingan ini tidak dapat dibatalkan (status: {state}); tunggu hasil pengirimannya.',
    en: 'This post cannot be cancelled (state: {state}); wait for the outcome of its send.',
  },
  INVALID_POST_TRANSITION: {
    id: 'Perubahan status postingan tidak diizinkan ({state} -> {event}).',
    en: 'That post state change is not allowed ({state} -> {event}).',
  },
  // Scheduling and publishing.
  SCHEDULE_IN_PAST: {
    id: 'Waktu terbit {publishAt} sudah lewat (sekarang {now}). Pilih waktu yang akan datang atau "terbitkan sekarang" (mode "now").',
    en: 'The publish time {publishAt} is in the past (it is now {now}). Pick a future time or "publish now" (mode "now").',
  },
  SCHEDULE_TOO_FAR: {
    id: 'Waktu terbit paling lambat {days} hari dari sekarang.',
    en: 'The publish time can be at most {days} days ahead.',
  },
  NO_POSTING_SLOTS: {
    id: 'Akun ini belum punya jam tayang. Atur jam tayang akun (mis. 08:00, 12:00, 19:00) atau pilih waktu sendiri.',
    en: 'This account has no posting slots. Set its slots (e.g. 08:00, 12:00, 19:00) or pick a time.',
  },
  NO_FREE_SLOT: {
    id: 'Tidak ada jam tayang kosong dalam {days} hari ke depan.',
    en: 'No free posting slot in the next {days} days.',
  },
  RELEASE_NOT_APPROVED: {
    id: 'Rilis harus disetujui sebelum dijadwalkan (status sekarang: {status}).',
    en: 'The release must be approved before it is scheduled (current status: {status}).',
  },
  NOTHING_TO_SCHEDULE: {
    id: 'Tidak ada draf yang dapat dijadwalkan pada rilis ini.',
    en: 'This release has no drafts that can be scheduled.',
  },
  POST_NOT_RESOLVABLE: {
    id: 'Hanya postingan yang perlu ditinjau atau gagal yang dapat diselesaikan (status: {state}).',
    en: 'Only posts that need review or failed can be resolved (state: {state}).',
  },
  ACCOUNT_NOT_PUBLISHABLE: {
    id: 'Akun {handle} tidak dapat dipakai untuk menerbitkan (status: {status}). Hubungkan ulang akun terlebih dahulu.',
    en: 'Account {handle} cannot publish (status: {status}). Reconnect the account first.',
  },
  'schedule.one_of': {
    id: 'isi salah satu: publishAt (dengan zona waktu) atau localTime',
    en: 'give exactly one of publishAt (with an offset) or localTime',
  },
  'schedule.offset_required': {
    id: 'harus memuat zona waktu, mis. 2026-12-01T08:00:00+07:00',
    en: 'must carry an offset, e.g. 2026-12-01T08:00:00+07:00',
  },
  'schedule.local_time': {
    id: 'harus berupa waktu lokal di zona unit dengan format YYYY-MM-DDTHH:mm atau YYYY-MM-DD HH:mm, mis. 2026-12-05T23:00',
    en: "must be a local time in the node's zone written YYYY-MM-DDTHH:mm or YYYY-MM-DD HH:mm, e.g. 2026-12-05T23:00",
  },
  'schedule.slot': { id: 'harus berupa jam HH:MM', en: 'must be a time HH:MM' },
  // Calendar and the queue board.
  CALENDAR_RANGE_INVALID: {
    id: 'Rentang waktu tidak valid: "to" harus setelah "from", keduanya antara tahun {minYear} dan {maxYear}.',
    en: 'Invalid range: "to" must be later than "from", both between the years {minYear} and {maxYear}.',
  },
  CALENDAR_RANGE_TOO_LONG: {
    id: 'Rentang waktu {days} hari terlalu panjang; maksimum {max} hari per permintaan.',
    en: 'The range of {days} days is too long; at most {max} days per request.',
  },
  QUEUE_BOARD_FORBIDDEN: {
    id: 'Papan antrean hanya untuk admin unit teratas (memuat pekerjaan semua unit).',
    en: 'The queue board is for admins of a top-level node only (it shows every node’s jobs).',
  },
  // Social accounts and the OAuth connect flow.
  PLATFORM_NOT_CONNECTABLE: {
    id: 'Platform {platform} tidak dapat dihubungkan. Pilih x atau facebook.',
    en: 'The platform {platform} cannot be connected. Choose x or facebook.',
  },
  INSTAGRAM_CONNECTS_THROUGH_FACEBOOK: {
    id: 'Akun Instagram dihubungkan melalui Halaman Facebook-nya: hubungkan facebook, lalu pilih Halaman beserta akun Instagram-nya.',
    en: 'Instagram accounts connect through their Facebook Page: connect facebook, then pick the Page with its Instagram account.',
  },
  OAUTH_STATE_INVALID: {
    id: 'Tautan persetujuan tidak valid atau tidak dikenal. Mulai lagi proses menghubungkan akun dari Warta.',
    en: 'The consent link is missing or unknown. Start connecting the account again from Warta.',
  },
  OAUTH_STATE_USED: {
    id: 'Tautan persetujuan ini sudah pernah dipakai. Mulai lagi proses menghubungkan akun dari Warta.',
    en: 'This consent link was already used. Start connecting the account again from Warta.',
  },
  OAUTH_STATE_EXPIRED: {
    id: 'Tautan persetujuan sudah kedaluwarsa (berlaku 10 menit). Mulai lagi proses menghubungkan akun.',
    en: 'The consent link has expired (it is valid for 10 minutes). Start connecting the account again.',
  },
  OAUTH_DENIED: {
    id: 'Izin akses ke akun {platform} tidak diberikan; tidak ada akun yang dihubungkan.',
    en: 'Access to the {platform} account was not granted; no account was connected.',
  },
  OAUTH_CODE_MISSING: {
    id: 'Platform tidak mengirim kode otorisasi. Mulai lagi proses menghubungkan akun.',
    en: 'The platform sent no authorization code. Start connecting the account again.',
  },
  OAUTH_EXCHANGE_FAILED: {
    id: 'Platform {platform} menolak pertukaran kode otorisasi ({kind}). Coba hubungkan akun sekali lagi.',
    en: 'The platform {platform} refused the authorization code exchange ({kind}). Try connecting the account once more.',
  },
  PENDING_CONNECTION_NOT_FOUND: {
    id: 'Pilihan Halaman Facebook ini tidak ditemukan, sudah dipakai, atau kedaluwarsa. Hubungkan Facebook sekali lagi.',
    en: 'This Facebook Page choice was not found, was already used, or has expired. Connect Facebook once more.',
  },
  PAGE_NOT_OFFERED: {
    id: 'Halaman berikut tidak termasuk pilihan yang ditawarkan: {pageIds}.',
    en: 'These Pages were not among the choices offered: {pageIds}.',
  },
  ACCOUNT_NEEDS_RECONNECT: {
    id: 'Akses ke akun media sosial ini telah dicabut atau kedaluwarsa. Hubungkan kembali akunnya.',
    en: 'Access to this social account was revoked or has expired. Connect the account again.',
  },
  ACCOUNT_DISCONNECTED: {
    id: 'Akun media sosial ini sudah diputuskan dari Warta.',
    en: 'This social account has been disconnected from Warta.',
  },
  TOKEN_VAULT_UNREADABLE: {
    id: 'Token akun tidak dapat dibuka (data rusak atau kunci salah). Hubungkan kembali akunnya.',
    en: 'The account token cannot be opened (damaged data or wrong key). Connect the account again.',
  },
  TOKEN_VAULT_KEY_MISSING: {
    id: 'Kunci enkripsi versi {version} tidak dikonfigurasi (TOKEN_MASTER_KEYS).',
    en: 'Encryption key version {version} is not configured (TOKEN_MASTER_KEYS).',
  },
  // Webhooks (per node).
  WEBHOOK_NOT_SET: {
    id: 'Unit ini belum memiliki webhook. Pasang dengan PUT /api/v1/organizations/{organizationId}/webhook berisi {"url": "https://…"}.',
    en: 'This node has no webhook set. Set one with PUT /api/v1/organizations/{organizationId}/webhook and {"url": "https://…"}.',
  },
  WEBHOOK_URL_INVALID: {
    id: 'Alamat webhook harus URL http(s) yang valid tanpa nama pengguna/kata sandi (maksimum 2000 karakter).',
    en: 'The webhook address must be a valid http(s) URL without a user name or password (at most 2000 characters).',
  },
  WEBHOOK_URL_PRIVATE: {
    id: 'Alamat webhook tidak boleh mengarah ke jaringan lokal atau privat ({host}).',
    en: 'The webhook address must not point at a local or private network ({host}).',
  },
  // Notifications a person reads: rendered at read time from kind, reason and params.
  'notification.post_failed.title': { id: 'Postingan gagal terbit', en: 'A post failed to publish' },
  'notification.post_failed.body': {
    id: 'Postingan {platform} {handle} gagal diterbitkan.',
    en: 'The {platform} post {handle} failed to publish.',
  },
  'notification.post_needs_review.title': { id: 'Postingan perlu diperiksa', en: 'A post needs review' },
  'notification.post_needs_review.body': {
    id: 'Postingan {platform} {handle} perlu diperiksa oleh petugas sebelum dilanjutkan.',
    en: 'The {platform} post {handle} needs a person to check it before anything else happens.',
  },
  'notification.account_needs_reconnect.title': {
    id: 'Akun perlu dihubungkan kembali',
    en: 'An account needs reconnecting',
  },
  'notification.account_needs_reconnect.body': {
    id: 'Akun {platform} {handle} tidak dapat dipakai lagi sampai dihubungkan kembali oleh admin.',
    en: 'The {platform} account {handle} cannot be used until an admin connects it again.',
  },
  'notification.release': { id: 'Rilis: "{releaseTitle}".', en: 'Release: "{releaseTitle}".' },
  'notification.error': { id: 'Pesan dari platform: {error}', en: 'The platform said: {error}' },
  'notification.reason.too_late': {
    id: 'Waktu terbit sudah lewat terlalu lama; jadwalkan ulang bila masih relevan.',
    en: 'Its publish time passed too long ago; reschedule it if it is still relevant.',
  },
  'notification.reason.ambiguous_match': {
    id: 'Tidak dapat dipastikan apakah postingan sudah terbit; periksa akun di platform lalu tandai hasilnya.',
    en: 'It is not certain whether the post went out; check the account on the platform and mark the outcome.',
  },
  'notification.reason.not_found': {
    id: 'Platform tidak menemukan akun, halaman atau media yang dibutuhkan; periksa akunnya lalu jadwalkan ulang.',
    en: 'The platform could not find the account, page or media it needed; check the account and schedule it again.',
  },
  'notification.reason.transient': {
    id: 'Platform terus-menerus gagal menjawab; percobaan ulang sudah habis.',
    en: 'The platform kept failing to answer; the retries ran out.',
  },
  'notification.reason.unknown_outcome': {
    id: 'Hasil pengiriman tidak pasti dan percobaan ulang sudah habis; periksa akun di platform.',
    en: 'The outcome of the send is unknown and the retries ran out; check the account on the platform.',
  },
  'notification.reason.no_send_record': {
    id: 'Tidak ada catatan pengiriman untuk dicocokkan; periksa akun di platform lalu tandai hasilnya.',
    en: 'There is no record of the send to reconcile; check the account on the platform and mark the outcome.',
  },
  'notification.reason.unreadable': {
    id: 'Akun di platform tidak dapat dibaca untuk memastikan apakah postingan sudah terbit; periksa lalu tandai hasilnya.',
    en: 'The account could not be read to tell whether the post went out; check and mark the outcome.',
  },
  'notification.reason.follow_up_failed': {
    id: 'Lanjutan utas atau komentar pertamanya gagal dikirim.',
    en: 'A thread part or its first comment could not be sent.',
  },
  // Per-reason wording where the kind's own sentence would be wrong.
  'notification.post_failed.title.follow_up_failed': {
    id: 'Sebagian postingan gagal terbit',
    en: 'Part of a post failed to publish',
  },
  'notification.post_failed.body.follow_up_failed': {
    id: 'Postingan {platform} {handle} sudah terbit, tetapi tidak lengkap.',
    en: 'The {platform} post {handle} went out, but not all of it.',
  },
  'notification.reason.rate_limited': {
    id: 'Batas permintaan platform tercapai terlalu lama.',
    en: 'The platform rate limit held for too long.',
  },
  'notification.reason.quota': { id: 'Kuota platform habis.', en: 'The platform quota ran out.' },
  'notification.reason.auth_expired': {
    id: 'Token akun kedaluwarsa dan tidak dapat diperbarui.',
    en: 'The account token expired and could not be renewed.',
  },
  'notification.reason.not_ready': {
    id: 'Media tidak kunjung siap di platform.',
    en: 'The media never became ready on the platform.',
  },
  'notification.reason.unexpected': {
    id: 'Terjadi kesalahan yang tidak terduga.',
    en: 'Something unexpected went wrong.',
  },
  'notification.reason.validation': {
    id: 'Platform menolak isi postingan; perbaiki teks atau medianya lalu jadwalkan ulang.',
    en: 'The platform refused the content; fix the text or media and schedule it again.',
  },
  'notification.reason.auth_revoked': {
    id: 'Akses ke akun dicabut atau kedaluwarsa; hubungkan kembali akunnya.',
    en: 'Access to the account was revoked or has expired; connect the account again.',
  },
  'notification.reason.permission': {
    id: 'Akun tidak memiliki izin yang diperlukan; hubungkan kembali dengan izin lengkap.',
    en: 'The account lacks a required permission; connect it again with full permissions.',
  },
  'notification.reason.media': {
    id: 'Media tidak dapat diproses oleh platform; ganti foto atau videonya.',
    en: 'The platform could not process the media; replace the photo or video.',
  },
  'notification.reason.duplicate': {
    id: 'Platform menolak postingan sebagai duplikat.',
    en: 'The platform refused the post as a duplicate.',
  },
  'notification.reason.attempts_exhausted': {
    id: 'Percobaan ulang habis tanpa hasil.',
    en: 'Retries ran out without success.',
  },
  'notification.reason.stuck': {
    id: 'Proses penerbitan macet terlalu lama.',
    en: 'Publishing was stuck for too long.',
  },
  'notification.reason.other': { id: 'Alasan: {reason}.', en: 'Reason: {reason}.' },
  // Field-level validation rules.
  'rule.required': { id: 'wajib diisi', en: 'is required' },
  'rule.versionRequired': {
    id: 'wajib diisi dengan versi yang Anda baca (kolom "version" dari GET), agar perubahan orang lain tidak tertimpa',
    en: 'is required: send the version you read (the "version" field of the GET), so that nobody else\'s change is overwritten',
  },
  'rule.unknownField': { id: 'kolom tidak dikenal', en: 'is not an allowed field' },
  'rule.string': { id: 'harus berupa teks', en: 'must be text' },
  'rule.email': { id: 'harus berupa alamat email yang valid', en: 'must be a valid email address' },
  'rule.uuid': { id: 'harus berupa UUID', en: 'must be a UUID' },
  'rule.int': { id: 'harus berupa bilangan bulat', en: 'must be a whole number' },
  'rule.boolean': { id: 'harus bernilai true atau false', en: 'must be true or false' },
  'rule.array': { id: 'harus berupa daftar', en: 'must be a list' },
  'rule.object': { id: 'harus berupa objek', en: 'must be an object' },
  'rule.enum': { id: 'harus salah satu dari: {allowed}', en: 'must be one of: {allowed}' },
  'rule.minLength': { id: 'minimal {min} karakter', en: 'must be at least {min} characters' },
  'rule.maxLength': { id: 'maksimal {max} karakter', en: 'must be at most {max} characters' },
  'rule.min': { id: 'minimal {min}', en: 'must be at least {min}' },
  'rule.max': { id: 'maksimal {max}', en: 'must be at most {max}' },
  'rule.arrayMaxSize': { id: 'maksimal {max} item', en: 'must have at most {max} items' },
  'rule.timezone': {
    id: 'harus zona waktu IANA yang valid (mis. Asia/Jakarta)',
    en: 'must be a valid IANA time zone (e.g. Asia/Jakarta)',
  },
  'rule.slug': {
    id: 'hanya huruf kecil, angka dan tanda hubung',
    en: 'only lowercase letters, digits and hyphens',
  },
  'rule.hashtag': {
    id: 'harus berupa tagar yang valid (huruf, angka, garis bawah)',
    en: 'must be a valid hashtag (letters, digits, underscore)',
  },
  'rule.dateString': { id: 'harus berupa waktu ISO 8601', en: 'must be an ISO 8601 timestamp' },
  'rule.dateYears': {
    id: 'harus tanggal antara tahun {min} dan {max}',
    en: 'must be a date between the years {min} and {max}',
  },
  'rule.nul': {
    id: 'tidak boleh memuat karakter NUL (\\u0000)',
    en: 'must not contain a NUL character (\\u0000)',
  },
  'rule.unicode': {
    id: 'harus berupa teks Unicode yang utuh (tanpa surrogate tunggal)',
    en: 'must be well-formed Unicode text (no lone surrogates)',
  },
  'rule.invalid': { id: 'tidak valid', en: 'is not valid' },
  'rule.offsetRequired': {
    id: 'harus berupa waktu ISO 8601 dengan zona waktu, mis. 2026-12-01T00:00:00+07:00',
    en: 'must be an ISO 8601 time with an offset, e.g. 2026-12-01T00:00:00+07:00',
  },
  'rule.url': { id: 'harus berupa tautan https yang valid', en: 'must be a valid https link' },
  'rule.unique': { id: 'tidak boleh berisi duplikat', en: 'must not contain duplicates' },
  'rule.date': { id: 'harus tanggal yang valid (YYYY-MM-DD)', en: 'must be a valid date (YYYY-MM-DD)' },
  // Dashboards.
  DASHBOARD_RANGE_REVERSED: {
    id: 'Tanggal awal ({from}) harus sebelum atau sama dengan tanggal akhir ({to}).',
    en: 'The start date ({from}) must be on or before the end date ({to}).',
  },
  DASHBOARD_RANGE_TOO_LONG: {
    id: 'Rentang tanggal terlalu panjang ({days} hari); maksimum {max} hari.',
    en: 'The date range is too long ({days} days); at most {max} days.',
  },
};

export function renderMessage(
  code: string,
  lang: Language,
  params: Record<string, string | number> = {},
): string {
  const template = MESSAGES[code]?.[lang] ?? MESSAGES.VALIDATION_FAILED[lang];
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m));
}

export function hasMessage(code: string): boolean {
  return code in MESSAGES;
}
