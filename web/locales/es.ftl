# Spanish. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Buzón de denuncias
language-label = Idioma

## Without JavaScript

noscript-needs-js = Esta página necesita JavaScript para cifrar tu denuncia en tu navegador. Con JavaScript desactivado, nada funciona en esta página: tu navegador no puede cifrar, así que no se envía nada.
noscript-nojs = Si el operador lo activó, un formulario solo de texto funciona sin JavaScript, pero allí es el servidor quien cifra lo que escribes, así que el operador del servidor podría leerlo. No admite adjuntos ni da un nombre en clave para recibir respuestas.
noscript-nojs-link = Formulario solo de texto (el operador del servidor podría leerlo)
noscript-cli = La forma más segura de denunciar es la herramienta de línea de comandos dropbox-submit, que cifra en tu propio ordenador.
noscript-other-languages = Otros idiomas

## The team and its roster

trust-heading = Quién leerá tu denuncia
team-ask = Este enlace no indicaba la huella del equipo. Cópiala del sitio web del propio equipo (64 letras y cifras) y pégala aquí.
team-input-label = Huella del equipo
team-check = Comprobar el equipo
team-name-label = Equipo
roster-seq-label = Lista de miembros
roster-head-label = Hash de cabecera
team-fp-label = Huella
team-compare = Si puedes, compara el número de la lista y el hash de cabecera con lo que publica el equipo. Cambian cuando cambian los miembros del equipo.
trust-readers = { $count ->
    [one] Un miembro del equipo puede leer tu denuncia. Abajo ves quién.
   *[other] { $count } miembros del equipo pueden leer tu denuncia, salvo que excluyas a algunos abajo.
  }
trust-server = El servidor del buzón no puede leer tu denuncia, ni saber a quién excluiste o si pediste respuestas. Ve el día en que llegó y su tamaño, redondeado; sin Tor Browser, también tu dirección de red mientras estás conectado.
status-checking = Comprobando la lista de miembros del equipo…
status-roster-bad = La lista de miembros del equipo no se verifica ({ $detail }). No envíes nada aquí: comprueba la huella en el sitio web del propio equipo.
status-roster-ok = La lista de miembros del equipo se verifica: está firmada por los administradores del equipo, a partir de la huella de tu enlace.
status-bad-fingerprint = La huella de un equipo son 64 letras (a–f) y cifras.
origin-warning = Atención: esta dirección ({ $origin }) no está entre las que publicó el equipo ({ $endpoints }). Asegúrate de haber llegado al buzón correcto.
onion-notice-onion = No estás usando la dirección .onion del buzón. Tu red, y la del servidor, pueden ver que visitaste este sitio. Para más seguridad, abre la dirección .onion del equipo en Tor Browser.
onion-notice-tor = No estás usando la dirección .onion del buzón. Tu red, y la del servidor, pueden ver que visitaste este sitio. Para más seguridad, usa Tor Browser.

## The report form

report-heading = Tu denuncia
field-title = Título
field-body = Denuncia
field-category = Categoría
category-none = (ninguna)
field-severity = ¿Qué tan grave crees que es?
severity-none = (sin estimación)
severity-critical = Crítica
severity-high = Alta
severity-medium = Media
severity-low = Baja
field-contact = Datos de contacto (opcional)
field-credit = Cómo mencionarte (opcional; déjalo vacío para no ser mencionado)
field-attachments = Adjuntos
attachments-note = Antes de cifrar, se eliminan los metadatos ocultos (ubicación de una foto, cámara, horas, autor, comentarios) de las imágenes JPEG y PNG. Los demás archivos se envían tal cual: elimina tú esos datos. Puedes renombrar cada archivo abajo.
recipients-legend = Quién puede leerla
recipients-note = Todos los marcados pueden leer tu denuncia. Un miembro que desmarques no recibe clave: no puede leer la denuncia, sus adjuntos ni los mensajes de tu nombre en clave, y el archivo no muestra a quién se dejó fuera. Aun así puede ver, como todos los miembros y el servidor, que llegó una denuncia, qué día y su tamaño aproximado; y los miembros que elegiste pueden contárselo. Debe quedar al menos un miembro.
recipients-at-least-one = Al menos un miembro debe poder leer tu denuncia.
replies-checkbox = Quiero recibir respuestas
replies-note = Si marcas esto, la página crea un nombre en clave (ocho palabras) tras el envío. Anótalo: es la única forma de leer las respuestas del equipo, y se muestra una sola vez.
send-button = Enviar denuncia

## Before you send

guide-heading = Antes de enviar
guide-tor = Usa Tor Browser: oculta a este buzón y a tu red quién eres y dónde estás; un navegador corriente no lo hace.
guide-metadata = Los archivos pueden delatarte: nombres, lugares y horas dentro de documentos y fotos, y detalles que solo conocen unas pocas personas. Elimina lo que puedas; esta página solo limpia fotos JPEG y PNG.
guide-codename = Si pides respuestas, anota el nombre en clave y guárdalo en un lugar seguro, no en este navegador. Quien lo tenga puede leer las respuestas; si lo pierdes, nadie puede devolvértelo.

## Attachments

attachment-name = Nombre del adjunto { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Buscando metadatos ocultos…
attachment-as-is = Se envía tal cual: esta página solo elimina metadatos de imágenes JPEG y PNG, así que los nombres, lugares o historial de edición dentro de este archivo permanecen en él.
attachment-too-large = Esta imagen { $kind } es demasiado grande para buscar metadatos ocultos aquí; elimina tú sus metadatos o no la adjuntes.
attachment-removed = Eliminado antes de cifrar: { $removed }.
attachment-clean = No se encontraron metadatos ocultos en esta imagen.
attachment-unreadable = Este archivo parece una imagen { $kind } pero no se pudo leer ({ $detail }), así que no se pudieron eliminar sus metadatos ocultos. No lo adjuntes, o arréglalo primero.

## Sending a report

error-no-recipient = Elige al menos un miembro que lea tu denuncia.
error-empty = La denuncia está vacía: escribe algo o adjunta un archivo.
error-file = { $name }: { $problem }
error-too-large = Los adjuntos son demasiado grandes para este buzón (como máximo { $max } bytes en total).
error-encrypted-too-large = la denuncia cifrada es más grande de lo que acepta este buzón
error-worker = falló el proceso en segundo plano de la página
error-no-drop-key = { $name } no tiene hoy una clave de entrega válida, y los informes de este equipo solo se cifran con claves de entrega; deje fuera a { $name } o vuelva a intentarlo cuando haya sincronizado
error-drop-keys-unavailable = el buzón no entregó sus claves de entrega (HTTP { $status }); vuelva a intentarlo más tarde
progress-heading = Enviando
progress-bar =
    .aria-label = Progreso
progress-keys = Creando las claves de tu nombre en clave…
progress-keys-percent = Creando las claves de tu nombre en clave… { $percent } %
progress-no-worker = Los Web Workers no están disponibles; se trabaja en esta página, que puede quedarse congelada un rato…
progress-sending = Cifrando y enviando…
progress-sending-bytes = Cifrando y enviando… { $percent } % ({ $sent } de { $total } bytes)
status-puzzle = Resolviendo el acertijo antiinundación del servidor ({ $bits } bits)…
status-resuming = La conexión se interrumpió; reanudando (intento { $attempt } de { $retries })…
sent = Enviado.
sent-uncertain = La conexión se cortó justo al final; probablemente tu denuncia se recibió.
sent-record-note = Nota: no se guardó el registro de quién puede leer tu conversación ({ $detail }); podrás enviar seguimientos cuando el equipo haya respondido.
send-failed = El envío falló: { $detail }. No se confirmó nada; puedes volver a intentarlo.

## The receipt and the codename

done-heading = Tu denuncia se recibió
receipt-text = Recibo (sha256 exactamente de lo enviado; el equipo ve el mismo número):
receipt-output =
    .aria-label = Recibo
codename-heading = Tu nombre en clave
codename-keep = Anótalo y mantenlo en secreto; se muestra una sola vez.
codename-output =
    .aria-label = Nombre en clave
codename-note = Con él tú, y solo tú, puedes leer las respuestas del equipo, abajo en «Consultar respuestas» o con la orden dropbox-submit replies.
left-out = Excluidos: { $names }. No pueden leer esta denuncia.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Antes de enviar: qué pasa con tu informe
consent-where = Dónde se guarda: primero cifrado en este navegador, luego cifrado en este buzón hasta que el equipo lo recoja, y después en el almacén cifrado de casos de cada miembro que pueda leerlo. El operador del buzón no puede leerlo.
consent-server = Cuánto tiempo: el buzón lo borra { $all } días después de que todos los lectores lo hayan recogido, o { $first } días después de que lo recoja el primero, lo que ocurra antes, y a los { $none } días si nadie lo recoge. Las respuestas del equipo se borran del buzón { $read } días después de que las leas, o { $reply } días después de escribirse.
consent-team = El equipo borra el caso { $close } días después de cerrarlo (salvo que un miembro deba conservarlo más tiempo, por una retención legal o una divulgación en curso), y sus copias de seguridad siguen legibles durante { $backup } días.
consent-dropkeys = Se cifra con claves de corta duración que cada lector destruye cuando han pasado su ventana de { $days } días y una más: después, nadie puede abrir ninguna copia de lo subido cifrado, tampoco el equipo.
consent-dropkeys-codename = La excepción es tu nombre en clave: quien lo tenga puede abrir la copia del buzón mientras el buzón la conserve, y cualquier copia que guardes.
consent-readers = Quién puede leerlo: { $names }.
consent-left-out = Excluidos: { $names }. No pueden leerlo ni nada de lo que el equipo derive de él.
consent-contact-given = Tus datos de contacto los usa solo el equipo, para comunicarse contigo sobre este informe.
consent-contact-none = No das datos de contacto: el equipo solo puede comunicarse contigo mediante respuestas a un nombre en clave.
consent-credit-given = Tu mención es cómo te nombra el equipo si te reconoce públicamente por este informe.
consent-credit-none = No pides mención: el equipo no te nombrará.
consent-tlp = El equipo puede compartir el informe con una parte afectada (por ejemplo, quien hace el software o la organización implicada), cifrado para esa parte y solo en la medida en que lo permita su etiqueta TLP; tus datos de contacto y tu mención solo van si el equipo decide incluirlos.
consent-codename = Con tu nombre en clave puedes leer las respuestas del equipo, enviar seguimientos y retirar el informe más adelante.
consent-no-codename = Sin nombre en clave no puedes retirar este informe más adelante, ni leer respuestas ni enviar seguimientos.
consent-nothing-sent = No se envía nada de este consentimiento: solo el informe cifrado.
consent-agree = Acepto: cifrar y enviar
consent-back = Volver al informe
copy-save = Guardar una copia de lo enviado
copy-note = El archivo cifrado tal como se subió: solo tu nombre en clave lo abre (dropbox-submit open ARCHIVO). Guárdalo, como el nombre en clave, lejos de quien no deba saber que informaste.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Antes de enviar: qué pasa con tu seguimiento
consent-followup-back = Volver al seguimiento
consent-followup-tlp = El equipo puede compartir el seguimiento con una parte afectada, cifrado para esa parte y solo en la medida en que lo permita la etiqueta TLP del caso.
consent-followup-nothing-sent = No se envía nada de este consentimiento: solo el seguimiento cifrado.
followup-copy-save = Guardar una copia de este seguimiento
own-report = Tú (informe), { $day }:
conversation-copies-label = Añadir las copias que guardaste (tu informe, tus seguimientos)
conversation-copies-note = Se abren en este navegador con tu nombre en clave; no se sube nada.
conversation-export = Exportar la conversación
copy-unreadable = No se pudo leer { $name }: { $detail }
copy-other-codename = pertenece a la conversación de otro nombre en clave
copy-not-yours = no contiene ningún informe ni seguimiento tuyo

## Checking replies and sending follow-ups

replies-heading = Consultar respuestas
replies-intro = Si enviaste una denuncia con nombre en clave, escríbelo aquí para leer las respuestas del equipo y contestar. Cada respuesta se comprueba con la lista de miembros del equipo; la página muestra qué miembro la escribió.
check-codename-label = Nombre en clave para consultar respuestas
check-note = Ocho palabras, tal como las mostró la página tras enviar tu denuncia.
check-button = Consultar respuestas
codename-word-count = Un nombre en clave tiene exactamente 8 palabras; este tiene { $count }.
codename-unknown-word = La palabra { $n } del nombre en clave no está en la lista de palabras; revisa cómo la escribiste.
check-deriving = Derivando las claves de tu nombre en clave…
check-deriving-percent = Derivando las claves de tu nombre en clave… { $percent } %
check-fetching = Obteniendo tu buzón personal…
check-mailbox-refused = el buzón respondió { $status } para tu buzón personal
check-mailbox-refused-message = el buzón respondió { $status } para tu buzón personal: { $message }
check-verifying = Comprobando la firma de cada respuesta…
check-verified = { $count ->
    [one] { $count } respuesta verificada.
   *[other] { $count } respuestas verificadas.
  }
check-failed = No se pudieron consultar las respuestas: { $detail }.
conversation-heading = Conversación
conversation-log =
    .aria-label = Conversación
no-replies = Aún no hay respuestas.
reply-from = #{ $seq } de { $author } ({ $member }), { $day }:
own-followup = Tú (seguimiento #{ $seq }), { $day }:
own-followup-now = Tú (seguimiento #{ $seq }, enviado ahora), { $day }:
sent-files = { $count ->
    [one] { $count } archivo: { $names }
   *[other] { $count } archivos: { $names }
  }
reply-missing = { $count ->
    [one] Falta la respuesta { $list }: puede que el servidor la haya retenido o que haya caducado.
   *[other] Faltan las respuestas { $list }: puede que el servidor las haya retenido o que hayan caducado.
  }
reply-problem = Atención: { $problem }. Podría estar falsificada; no se muestra.
followup-unavailable-none = No puedes enviar un seguimiento aquí: ni el registro de tu conversación ni ninguna respuesta del equipo dice quién puede leerlo (puede haber caducado). Envía en su lugar una nueva denuncia y elige sus lectores.
followup-unavailable-empty = Ningún miembro actual del equipo puede leer esta conversación; no puedes enviar un seguimiento.
followup-label = Seguimiento
followup-seq-label = Número de este seguimiento (calculado a partir de tu buzón personal)
followup-files-label = Archivos para añadir al seguimiento
followup-files-note = Como en una denuncia: los metadatos ocultos se eliminan de las imágenes JPEG y PNG antes de cifrar; los demás archivos se envían tal cual.
followup-recipients-note = Un miembro que desmarques no recibe clave para este mensaje; debe quedar al menos uno. Nunca se ofrecen los miembros que tu denuncia dejó fuera.
followup-to = Seguimiento para { $name }
followup-left-out = Excluidos de esta conversación, como eligió tu denuncia: { $names }.
followup-send = Enviar seguimiento
followup-done = Seguimiento recibido. Recibo:
followup-receipt =
    .aria-label = Acuse de recibo de tu seguimiento
followup-check-first = Primero consulta tus respuestas con tu nombre en clave.
followup-empty = El seguimiento está vacío.
followup-no-recipient = Elige al menos un miembro que lea tu seguimiento.
followup-too-large = Los archivos son demasiado grandes para este buzón (como máximo { $max } bytes en total).
followup-encrypted-too-large = el seguimiento cifrado es más grande de lo que acepta este buzón
followup-fingerprinting = Calculando las huellas de los archivos para tu firma…
followup-sending-percent = Enviando… { $percent } %
followup-sent-uncertain = La conexión se cortó justo al final; probablemente tu seguimiento se recibió.
followup-copy-note = Nota: su copia en el registro de tu conversación no se guardó ({ $detail }).

## Staying safe

safety-heading = Mantente a salvo
safety-tor = Usa Tor Browser y la dirección .onion de este buzón si puedes. En el nivel de seguridad «Más seguro» esta página sigue funcionando (más despacio); en «El más seguro» JavaScript está desactivado y no puede cifrar.
safety-nothing-stored = Esta página no guarda nada de lo que escribes: ni cookies ni almacenamiento local. Cierra la pestaña cuando termines.
safety-cli = Si corres un riesgo alto, usa en su lugar la herramienta de línea de comandos dropbox-submit: hace el mismo cifrado en tu propio ordenador, sin navegador.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Denuncia sin JavaScript
nojs-heading = Denuncia a { $team } sin JavaScript
nojs-warning = Atención: el operador del servidor podría leer lo que envíes con este formulario.
nojs-explain = Tu navegador envía el texto al servidor, que lo cifra para el equipo. Para un cifrado de extremo a extremo, usa la página normal con JavaScript activado, o la herramienta de línea de comandos dropbox-submit.
nojs-text-only = Solo texto (64 KiB como máximo): sin adjuntos y sin nombre en clave, así que el equipo no puede responderte aquí.
nojs-received-heading = Denuncia recibida
nojs-receipt = Recibo (sha256 de la denuncia cifrada):
nojs-keep-receipt = Guárdalo si quieres demostrar más tarde que enviaste esta denuncia.
nojs-too-large = El formulario admite como máximo 64 KiB de texto. No se envió nada: acorta la denuncia y vuelve a enviarla.
nojs-empty = El texto de la denuncia está vacío. No se envió nada: escribe lo que pasó y vuelve a enviarla.
nojs-failed = El buzón no pudo guardar tu denuncia ({ $detail }). No se guardó nada; inténtalo de nuevo más tarde.
nojs-back = Volver al formulario
