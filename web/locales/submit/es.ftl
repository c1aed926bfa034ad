# Spanish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: envía una denuncia cifrada al buzón de un equipo y luego habla con el equipo usando un nombre en clave.
help-words = Términos: la huella del equipo es el identificador que el equipo publica en su propio sitio web (un enlace a su buzón termina en #team=<huella>); la lista de miembros es la lista firmada de los miembros del equipo y sus claves; los destinatarios son los miembros que pueden leer tu denuncia; un nombre en clave son ocho palabras con las que lees las respuestas del equipo.

## verify

verify-team = Equipo: { $team }
verify-roster = Lista de miembros: #{ $seq } ({ $hash }), válida hasta { $expires }
verify-members = { $count ->
    [one] Un miembro (recibe tu denuncia salvo que lo excluyas con --leave-out ID):
   *[other] { $count } miembros (cada uno recibe tu denuncia salvo que lo excluyas con --leave-out ID):
  }
verify-categories = Categorías: { $categories }
warn-endpoints = atención: la dirección de este servidor no está entre las del equipo: { $endpoints }

## send

warn-endpoint-unlisted = atención: { $server } no está entre las direcciones publicadas del equipo; asegúrate de haber llegado al buzón correcto
deriving-keys = derivando las claves de tu nombre en clave…
send-received = Tu denuncia fue recibida.
send-written = Tu denuncia cifrada está en { $file }.
send-receipt = Recibo (sha256 de lo enviado): { $receipt }
send-left-out = { $count ->
    [one] Excluido: { $names }. No puede leer esta denuncia ni nada que el equipo derive de ella.
   *[other] Excluidos ({ $count }): { $names }. No pueden leer esta denuncia ni nada que el equipo derive de ella.
  }
send-codename-heading = Tu nombre en clave (anótalo y guárdalo en secreto; solo se muestra esta vez):
send-codename-use = Úsalo con `dropbox-submit replies` y `dropbox-submit followup`.
warn-record-failed = atención: tu denuncia fue recibida, pero no se guardó el registro de quién puede leer tu conversación ({ $error }); podrás enviar seguimientos cuando el equipo haya respondido
error-empty = la denuncia está vacía: indica --body, --body-file o --attach
error-category = categoría desconocida { $name }; las categorías de este equipo son: { $categories }
error-severity = la gravedad debe ser critical, high, medium o low

## attachments and recipients

attach-clean = { $name }: no se encontraron metadatos
attach-removed = { $name }: se eliminó: { $removed }
attach-as-is = atención: { $name } se envía tal cual; los archivos que no son JPEG ni PNG pueden llevar metadatos identificativos (autor, dispositivo, ubicación) que esta herramienta no puede eliminar
error-not-member = { $name } no es miembro de este equipo; los miembros son: { $names }
error-no-recipient = al menos un miembro debe recibir la denuncia
error-cannot-read = no se puede leer { $file }
error-not-file = { $file } no es un archivo normal
error-image-large = { $file } es una imagen demasiado grande para limpiar aquí sus metadatos; redúcela primero
error-image-parse = { $file } parece una imagen pero no se puede analizar para quitarle los metadatos; conviértela primero
error-drop-key = no se puede cifrar para { $member }: ninguna clave de depósito suya firmada bajo la lista es válida hoy; exclúyelo (--leave-out { $member }) o inténtalo de nuevo cuando se haya sincronizado
uploading = subiendo
error-receipt = el buzón confirmó bytes distintos de los enviados (recibo { $receipt }, se esperaba { $expected }); no confíes en este servidor
error-upload-failing = la subida sigue fallando; no se confirmó nada, inténtalo más tarde

## reaching the drop box

error-no-server = falta la dirección del buzón: indica --server o define DROPBOX_SERVER
error-bad-url = { $server } no es una dirección de buzón utilizable: usa https://, o http:// solo para una dirección .onion o de loopback
error-unreachable = no se puede contactar con { $server }
error-roster = la lista de miembros del equipo no se verifica: { $detail }. No envíes nada; compara la huella con la del sitio web del propio equipo

## replies

codename-prompt = Nombre en clave:
replies-none = Todavía no hay respuestas.
reply-heading = #{ $seq } de { $author } ({ $member }) el { $day }:
author-former-key = { $name } (clave anterior)
author-former-member = { $name } (antiguo miembro)
warn-replies-missing = { $count ->
    [one] atención: falta la respuesta { $missing }; puede que el servidor la retuviera o que caducara
   *[other] atención: faltan las respuestas { $missing }; puede que el servidor las retuviera o que caducaran
  }
warn-problem = atención: { $problem }
error-mailbox = el buzón respondió { $code } para tu buzón de respuestas: { $detail }

## followup

followup-replies-so-far = Las respuestas del equipo hasta ahora:
followup-received = Tu seguimiento n.º { $seq } fue recibido. Recibo: { $receipt }
followup-readable = Pueden leerlo: { $names }.
warn-copy-failed = atención: tu seguimiento fue recibido, pero su copia en el registro de tu conversación no se guardó ({ $error }); pasa --seq { $next } a tu próximo seguimiento

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = Antes de que tu denuncia se cifre y se envíe a { $team }, lee qué pasará con ella.
consent-intro-followup = Antes de que tu seguimiento se cifre y se envíe a { $team }, lee qué pasará con él.
consent-where-server = Dónde se guarda: cifrado primero en este ordenador, luego cifrado en el buzón en { $url } hasta que el equipo lo recoja, y después en el almacén cifrado de casos de cada miembro que puede leerlo. Quien opera el buzón no puede leerlo.
consent-where-file = Dónde se guarda: cifrado en { $file }, que entregas tú; cuando el equipo lo importe, en el almacén cifrado de casos de cada miembro que puede leerlo.
consent-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
  }
consent-how-long = Cuánto tiempo: el buzón lo borra { $all } después de que todos los lectores lo hayan recogido, o { $first } después de que lo haga el primero, lo que ocurra antes, y { $unread } después de su llegada si nadie lo recoge. Las respuestas del equipo se borran del buzón { $read } después de que las leas, o { $written } después de escritas.
consent-purge = El equipo borra el caso { $days } después de cerrarlo (salvo que un miembro deba conservarlo más tiempo, por una retención legal o una divulgación en curso), y sus copias de seguridad siguen legibles durante { $backup }.
consent-drop-keys = Se cifra con claves de corta duración que cada lector destruye cuando han pasado su periodo de { $count ->
    [one] { $count } día
   *[other] { $count } días
  } y uno más: después, nadie, ni siquiera el equipo, puede abrir ninguna copia de la subida cifrada (en el buzón o en sus copias de seguridad).
consent-drop-keys-codename = La excepción es tu nombre en clave: quien lo tenga puede abrir la copia del buzón mientras el buzón la conserve, y cualquier copia que guardes.
consent-readers = Quién puede leerlo: { $names }.
consent-left-out = Excluidos: { $names }. No pueden leerlo ni nada de lo que el equipo extraiga de ello.
consent-contact-given = Tus datos de contacto solo los usa el equipo, para comunicarse contigo sobre esta denuncia.
consent-contact-none = No das datos de contacto: el equipo solo puede comunicarse contigo mediante respuestas a un nombre en clave.
consent-credit-given = Tu línea de reconocimiento es cómo te nombra el equipo si te reconoce públicamente por esta denuncia.
consent-credit-none = No pides reconocimiento: el equipo no te nombrará.
consent-share = El equipo puede compartir la denuncia con una parte afectada (por ejemplo, el fabricante del software o la organización implicada), cifrada para esa parte y solo como lo permita su etiqueta TLP; tus datos de contacto y tu reconocimiento solo se incluyen si el equipo decide hacerlo.
consent-codename = Con tu nombre en clave puedes leer las respuestas del equipo, enviar seguimientos y retirar la denuncia más tarde (`dropbox-submit withdraw`).
consent-no-codename = Sin nombre en clave (--replies) no podrás retirar esta denuncia más tarde, ni leer respuestas ni enviar seguimientos.
consent-keep = Se guarda una copia exacta de lo que se sube en { $file }; solo se abre con tu nombre en clave (`dropbox-submit open`).
consent-nothing-sent = No se envía nada de este consentimiento: solo la denuncia cifrada.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = ¿Enviar esta denuncia? [s/N]
consent-ask-followup = ¿Enviar este seguimiento? [s/N]
consent-yes = s, sí, si
consent-declined = no aceptaste, así que no se cifró ni se envió nada
consent-needed = no hay terminal en la que pedir tu consentimiento: ejecútalo en una terminal para leer qué se guarda, cuánto tiempo y quién puede leerlo, o añade --yes para aceptarlo (el texto se escribe en la salida de errores; los hechos, con --json)
error-answer = no se puede leer tu respuesta: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = Hay una copia de lo enviado en { $file }; se abre con tu nombre en clave (`dropbox-submit open`).
error-keep-report = tu denuncia fue recibida, pero su copia no se pudo guardar en { $file }
error-keep-followup = tu seguimiento fue recibido, pero su copia no se pudo guardar en { $file }
# open's labels: the values are lined up after the longest.
open-report = Tu denuncia del { $day }
open-followup = Tu seguimiento n.º { $seq } del { $day }
open-sent-to = Enviado a:
open-title = Título:
open-category = Categoría:
open-severity = Gravedad:
open-contact = Contacto:
open-credit = Reconocimiento:
open-attachments = Adjuntos:
open-attachment = { $size ->
    [one] { $name } ({ $media }, { $size } byte)
   *[other] { $name } ({ $media }, { $size } bytes)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }, { $size } byte), guardado como { $file }
   *[other] { $name } ({ $media }, { $size } bytes), guardado como { $file }
  }
open-save-hint = Guárdalos con --out DIR.
warn-attachment-exists = aviso: { $file } ya existe y se dejó como estaba; su adjunto no se guardó
error-copy-codename = { $file } no se abre con este nombre en clave para este equipo (una copia guardada con `send --keep`, `followup --keep` o la página solo se abre con el nombre en clave con que se envió)
error-copy-damaged = { $file } no es una copia intacta de una denuncia
error-copy-other = { $file } pertenece a la conversación de otro nombre en clave
error-copy-kind = { $file } no contiene ninguna denuncia ni seguimiento tuyo (es un paquete { $kind })
error-copy-signature = { $file }: su firma no se verifica
replies-exported = La conversación se escribió en { $file }.
conversation-report = Tu denuncia del { $day }:
conversation-followup = Tu seguimiento n.º { $seq } del { $day }:
conversation-followup-unnumbered = Tu seguimiento del { $day }:
conversation-attached = (adjunto: { $names })
error-codename-stdin = no se puede leer el nombre en clave de la entrada estándar
error-codename-terminal = no se puede leer el nombre en clave desde la terminal
error-readers-unknown = no se puede saber quién puede leer esta conversación: ni el registro de tu conversación ni ninguna respuesta del equipo lo dice (puede haber caducado); no se envió nada. Envía en su lugar una denuncia nueva y elige sus lectores
error-no-reader-left = ningún miembro actual del equipo puede leer esta conversación (los demás fueron excluidos o se fueron); no se envió nada

## withdraw

withdraw-deleted = Se borró la copia de tu denuncia en el buzón.
withdraw-not-held = El buzón ya no tenía tu denuncia (el equipo la había recogido, o se envió antes de que las denuncias pudieran retirarse así).
withdraw-received = Tu retirada fue recibida (recibo { $receipt }). Pueden leerla: { $names }.
withdraw-next = El equipo cierra el caso y lo borra tras su plazo de copias de seguridad, salvo que deba conservarlo (una obligación legal, una divulgación en curso); en ese caso te dice por qué en una respuesta (`dropbox-submit replies`).
error-withdraw-refused = se avisó al equipo, pero el buzón se negó a borrar tu denuncia ({ $code }): { $detail }; ejecuta `dropbox-submit withdraw` de nuevo
error-withdraw-untold = no se pudo avisar al equipo de tu retirada

## errors from the drop box, files and flags
no-explanation = sin explicación
error-bad-proxy = proxy no válido { $proxy }
error-response-unreadable = no se pudo leer la respuesta del buzón
error-roster-status = { $server } respondió { $code } al pedir su lista de miembros
error-attestation-status = { $server } respondió { $code } al pedir la atestación de la lista de miembros
error-upload-refused = el buzón rechazó la subida ({ $code }): { $detail }
error-no-upload-location = el buzón no indicó dónde subir
error-upload-lost = el buzón perdió la subida; envía la denuncia otra vez
error-state-corrupt = { $file } está dañado; bórralo para empezar de nuevo
error-server-or-roster = indica --server o --roster-file
error-cannot-create = no se puede crear { $file }
error-pgp-needs-server = --team-pgp necesita --server para descargar la atestación
error-copy-altered = { $file } fue alterado o está incompleto
error-cannot-save = no se puede guardar { $file }
error-cannot-write = no se puede escribir { $file }
error-dropkeys-status = el buzón respondió { $code } al pedir sus claves de depósito; inténtalo más tarde
error-dropkeys-malformed = el buzón entregó claves de depósito mal formadas
error-pow-unreasonable = el buzón pide una prueba de trabajo desmesurada ({ $bits } bits)
