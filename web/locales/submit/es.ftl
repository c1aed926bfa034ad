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

## withdraw

withdraw-deleted = Se borró la copia de tu denuncia en el buzón.
withdraw-not-held = El buzón ya no tenía tu denuncia (el equipo la había recogido, o se envió antes de que las denuncias pudieran retirarse así).
withdraw-received = Tu retirada fue recibida (recibo { $receipt }). Pueden leerla: { $names }.
withdraw-next = El equipo cierra el caso y lo borra tras su plazo de copias de seguridad, salvo que deba conservarlo (una obligación legal, una divulgación en curso); en ese caso te dice por qué en una respuesta (`dropbox-submit replies`).
error-withdraw-refused = se avisó al equipo, pero el buzón se negó a borrar tu denuncia ({ $code }): { $detail }; ejecuta `dropbox-submit withdraw` de nuevo
error-withdraw-untold = no se pudo avisar al equipo de tu retirada
