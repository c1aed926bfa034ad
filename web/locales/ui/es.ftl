# La ventana de revisión (`reviewer ui`). Fuente: en.ftl.

## The window's frame
window-title = Revisión
brand = Revisión
skip-to-content = Saltar al contenido
nav-label = Vistas
view-inbox = Bandeja de entrada
view-due = Pendientes
view-team = Equipo
view-stats = Estadísticas
sync = Sincronizar
sync-progress = Progreso de la sincronización
language-label = Idioma
boot-connecting = Conectando con el reviewer de este equipo…
boot-no-secret = Abra la dirección que imprimió `reviewer ui` (sirve una sola vez). Para empezar de nuevo, detenga `reviewer ui` y ejecútelo otra vez.
boot-refused = El reviewer rechazó esta ventana: { $error }.
error-window = La ventana falló: { $error }
error-http = El reviewer respondió con un error (HTTP { $status }).
error-unreachable = El reviewer de este equipo no responde: quizá se detuvo (bloqueo o inactividad). Ejecute `reviewer ui` de nuevo.
sync-running = Sincronizando…
sync-done = Sincronizado: { $cases } caso(s) nuevo(s), { $followups } seguimiento(s), { $applied } evento(s) del equipo aplicado(s), { $posted } enviado(s).
sync-errors = Errores: { $errors }
sync-failed = La sincronización falló: { $error }

## Shared words
none = (ninguno)
none-named = (nadie nombrado)
nobody = nadie
no-title = (sin título)
not-triaged = (sin clasificar)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Volver a la bandeja de entrada

## Fixed sets
status-new = nuevo
status-triaged = clasificado
status-accepted = aceptado
status-invalid = no válido
status-fixing = en corrección
status-disclosed = divulgado
status-closed = cerrado
status-closed-blank = (cerrado)
severity-critical = crítica
severity-high = alta
severity-medium = media
severity-low = baja
step-acknowledged = acuse de recibo
step-next-steps = próximos pasos
step-responded = respondido
step-notified = notificado
step-party-responded = la otra parte respondió
step-escalated = escalado
step-disclosed = divulgado
role-admin = administración
role-reviewer = revisión
urgency-overdue = vencido
urgency-due-soon = vence pronto
urgency-upcoming = próximo

## Fields and columns
field-status = Estado
field-severity = Gravedad
field-tlp = TLP
field-owner = Responsable
field-search = Buscar
field-category = Categoría
field-severity-guess = Gravedad según quien informa
field-received = Recibido
field-replies = Respuestas
field-contact = Contacto
field-credit = Crédito como
field-recipients = Destinatarios
field-left-out = Excluidos
field-note = Nota
field-reply = Respuesta
field-reason = Motivo
field-step = Paso
field-detail = Detalle
field-date = Fecha (AAAA-MM-DD)
field-cert = Archivo del certificado del destinatario
field-share-out = Escribir lo compartido cifrado en (archivo)
field-redact = Campo (contact o note:N)
field-until = Hasta (AAAA-MM-DD, vacío: 30 días)
field-directory = Carpeta
col-id = ID
col-received = Recibido
col-status = Estado
col-severity = Gravedad
col-tlp = TLP
col-owner = Responsable
col-title = Título
col-number = N.º
col-file-name = Nombre del archivo (del remitente)
col-claimed-type = Tipo declarado por el remitente
col-size = Tamaño
col-from = Origen
col-save = Guardar
col-when = Cuándo
col-who = Quién
col-what = Qué
col-urgency = Urgencia
col-due = Vence
col-deadline = Plazo
col-case = Caso
col-next = Siguiente acción
col-name = Nombre
col-roles = Funciones
col-item = Elemento
col-arrived = Llegada
col-kind = Tipo de paquete
col-why = Por qué

## Inbox
inbox-filter = Filtrar y buscar
filter-any = cualquiera
filter-mine = Míos
filter-overdue = Vencidos
filter-closed = Cerrados
inbox-apply = Aplicar
inbox-count = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}
inbox-none = No hay casos.
inbox-overdue = vencido: { $deadlines }
inbox-purged-on = se borra el { $day }

## A case
case-id = Caso { $id }
case-closed-on = Cerrado
case-purged-on = Se borra el
case-held-without-end = (retenido sin fin)
case-closed-explained = Un caso cerrado ha salido del almacén activo: sus detalles vuelven si se reabre antes de borrarse.
case-received = { $day } (recibo { $receipt })
replies-possible = posibles (quien informa tiene un nombre en clave)
replies-impossible = no posibles
replies-impossible-long = Quien informa no dejó nombre en clave: no se puede responder.
section-report = Informe
section-attachments = Adjuntos
section-conversation = Conversación
section-triage = Clasificación
section-notes = Notas
section-more = Más acciones
section-timeline = Cronología
section-access-log = Registro de accesos
attachments-caption = Adjuntos (nunca se abren aquí: guárdelos y ábralos en un entorno aislado)
attachments-none = No hay adjuntos.
from-report = informe
from-followup = seguimiento n.º { $seq }
followup-heading = Seguimiento n.º { $seq } del { $day }
followup-conflict = CONFLICTO: otro seguimiento tiene este número y otro contenido
reply-heading = Respuesta n.º { $seq } de { $member } el { $day }
note-line = Nota { $n } de { $member } el { $day }:
conversation-none = Aún no hay respuestas ni seguimientos.
notes-none = No hay notas.
timeline-none = Aún no hay eventos del equipo.
attachment-downloaded = Descargado (tipo detectado: { $detected }).
attachment-warning = Aviso: { $warning }

## Actions
form-triage = Clasificación
form-note = Nota para el equipo
form-reply = Responder a quien informa
form-close = Cerrar
form-step = Registrar un paso
form-agree = Acordar una fecha de divulgación
form-share = Compartir bajo { $tlp } (OpenPGP)
share-fields = Campos (si no marca ninguno: título, texto, categoría, gravedad, adjuntos)
share-field-title = título
share-field-body = texto
share-field-category = categoría
share-field-severity = gravedad
share-field-contact = contacto
share-field-credit = crédito
share-field-notes = notas
share-field-followups = seguimientos
share-field-attachments = adjuntos
form-redact = Ocultar
form-reopen = Reabrir
form-hold = Retener (más allá del borrado)
form-save-attachment = Guardar el adjunto { $n }
action-save = Guardar
action-note = Añadir nota
action-reply = Enviar respuesta
action-close = Cerrar el caso
action-step = Registrar paso
action-agree = Acordar fecha
action-share = Compartir
action-redact = Ocultar
action-reopen = Reabrir
action-hold = Retener
action-save-file = Guardar
action-download = Descargar

## Due
due-caption = Lo más urgente primero
due-none = No hay nada pendiente.
due-unsynced = Hay elementos esperando en el buzón desde el { $oldest } sin sincronizar: el servidor los borra en { $days ->
    [one] { $days } día
   *[other] { $days } días
}. Sincronice ahora.

## Team
team-name = Equipo
team-fingerprint = Huella
team-roster = Lista de miembros
team-roster-seq = n.º { $seq }
team-expires = La lista caduca
team-members = Miembros
section-alerts = Alertas
alerts-none = No hay alertas.
alert-roster-expires = La lista de miembros (n.º { $seq }) caduca el { $day }, dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
}: la administración debe firmar la siguiente antes, o toda sincronización fallará.
alert-roster-expired = La lista de miembros (n.º { $seq }) caducó el { $day }: la administración debe firmar la siguiente; hasta entonces toda sincronización falla.
alert-no-roster = Este almacén aún no tiene una lista de miembros verificada: sincronice primero con --server y --team.
alert-quarantined = { $count ->
    [one] { $count } elemento está en cuarentena: la sincronización lo apartó y no archivó nada. Véalo abajo.
   *[other] { $count } elementos están en cuarentena: la sincronización los apartó y no archivó nada. Véalos abajo.
}
alert-forged = { $count ->
    [one] ALERTA: { $count } elemento en cuarentena fue falsificado o manipulado.
   *[other] ALERTA: { $count } elementos en cuarentena fueron falsificados o manipulados.
}
section-quarantined = Elementos en cuarentena
quarantined-caption = Apartados por la sincronización, nunca archivados ({ $command } muestra uno)
quarantined-none = No hay nada en cuarentena.
no-bundle = (sin paquete)

## Statistics
stats-chart-alt = Gráfico: { $title }. Las cifras están en la tabla de abajo.
