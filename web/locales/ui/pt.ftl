# A janela de revisão (`reviewer ui`). Fonte: en.ftl.

## The window's frame
window-title = Revisão
brand = Revisão
skip-to-content = Ir para o conteúdo
nav-label = Vistas
view-inbox = Caixa de entrada
view-due = Prazos
view-team = Equipe
view-stats = Estatísticas
sync = Sincronizar
sync-progress = Progresso da sincronização
language-label = Idioma
boot-connecting = Conectando ao reviewer desta máquina…
boot-no-secret = Abra o endereço que `reviewer ui` imprimiu (vale uma vez). Para recomeçar, pare o `reviewer ui` e execute-o de novo.
boot-refused = O reviewer recusou esta janela: { $error }.
error-window = A janela falhou: { $error }
error-http = O reviewer respondeu com um erro (HTTP { $status }).
error-unreachable = O reviewer desta máquina não responde: talvez tenha parado (bloqueio ou inatividade). Execute `reviewer ui` de novo.
sync-running = Sincronizando…
sync-done = Sincronizado: { $cases } caso(s) novo(s), { $followups } complemento(s), { $applied } evento(s) da equipe aplicado(s), { $posted } enviado(s).
sync-errors = Erros: { $errors }
sync-failed = A sincronização falhou: { $error }

## Shared words
none = (nenhum)
none-named = (ninguém indicado)
nobody = ninguém
no-title = (sem título)
not-triaged = (não classificado)
number = { $n }
bytes = { $size ->
    [one] { $size } byte
   *[other] { $size } bytes
}
back-to-inbox = Voltar à caixa de entrada

## Fixed sets
status-new = novo
status-triaged = classificado
status-accepted = aceito
status-invalid = inválido
status-fixing = em correção
status-disclosed = divulgado
status-closed = encerrado
status-closed-blank = (encerrado)
severity-critical = crítica
severity-high = alta
severity-medium = média
severity-low = baixa
step-acknowledged = recebimento confirmado
step-next-steps = próximos passos
step-responded = respondido
step-notified = notificado
step-party-responded = a outra parte respondeu
step-escalated = escalado
step-disclosed = divulgado
role-admin = administração
role-reviewer = revisão
urgency-overdue = atrasado
urgency-due-soon = vence em breve
urgency-upcoming = próximo

## Fields and columns
field-status = Situação
field-severity = Gravidade
field-tlp = TLP
field-owner = Responsável
field-search = Pesquisar
field-category = Categoria
field-severity-guess = Gravidade segundo quem relatou
field-received = Recebido
field-replies = Respostas
field-contact = Contato
field-credit = Crédito como
field-recipients = Destinatários
field-left-out = Deixados de fora
field-note = Nota
field-reply = Resposta
field-reason = Motivo
field-step = Passo
field-detail = Detalhe
field-date = Data (AAAA-MM-DD)
field-cert = Arquivo do certificado do destinatário
field-share-out = Gravar o compartilhamento cifrado em (arquivo)
field-redact = Campo (contact ou note:N)
field-until = Até (AAAA-MM-DD, vazio: 30 dias)
field-directory = Pasta
col-id = ID
col-received = Recebido
col-status = Situação
col-severity = Gravidade
col-tlp = TLP
col-owner = Responsável
col-title = Título
col-number = N.º
col-file-name = Nome do arquivo (do remetente)
col-claimed-type = Tipo declarado pelo remetente
col-size = Tamanho
col-from = Origem
col-save = Salvar
col-when = Quando
col-who = Quem
col-what = O quê
col-urgency = Urgência
col-due = Vence
col-deadline = Prazo
col-case = Caso
col-next = Próxima ação
col-name = Nome
col-roles = Papéis
col-item = Item
col-arrived = Chegada
col-kind = Tipo de pacote
col-why = Por quê

## Inbox
inbox-filter = Filtrar e pesquisar
filter-any = qualquer
filter-mine = Meus
filter-overdue = Atrasados
filter-closed = Encerrados
inbox-apply = Aplicar
inbox-count = { $count ->
    [one] { $count } caso
   *[other] { $count } casos
}
inbox-none = Nenhum caso.
inbox-overdue = atrasado: { $deadlines }
inbox-purged-on = apagado em { $day }

## A case
case-id = Caso { $id }
case-closed-on = Encerrado
case-purged-on = Apagado em
case-held-without-end = (retido sem prazo)
case-closed-explained = Um caso encerrado saiu do armazenamento ativo: os detalhes voltam se for reaberto antes de ser apagado.
case-received = { $day } (recibo { $receipt })
replies-possible = possíveis (quem relatou tem um codinome)
replies-impossible = impossíveis
replies-impossible-long = Quem relatou não deixou codinome: não é possível responder.
section-report = Relato
section-attachments = Anexos
section-conversation = Conversa
section-triage = Classificação
section-notes = Notas
section-more = Mais ações
section-timeline = Linha do tempo
section-access-log = Registro de acessos
attachments-caption = Anexos (nunca abertos aqui: salve-os e abra-os num ambiente isolado)
attachments-none = Nenhum anexo.
from-report = relato
from-followup = complemento n.º { $seq }
followup-heading = Complemento n.º { $seq } de { $day }
followup-conflict = CONFLITO: outro complemento tem este número e outro conteúdo
reply-heading = Resposta n.º { $seq } de { $member } em { $day }
note-line = Nota { $n } de { $member } em { $day }:
conversation-none = Ainda não há respostas nem complementos.
notes-none = Nenhuma nota.
timeline-none = Ainda não há eventos da equipe.
attachment-downloaded = Baixado (tipo detectado: { $detected }).
attachment-warning = Aviso: { $warning }

## Actions
form-triage = Classificação
form-note = Nota para a equipe
form-reply = Responder a quem relatou
form-close = Encerrar
form-step = Registrar um passo
form-agree = Combinar uma data de divulgação
form-share = Compartilhar sob { $tlp } (OpenPGP)
share-fields = Campos (nenhum marcado: título, texto, categoria, gravidade, anexos)
share-field-title = título
share-field-body = texto
share-field-category = categoria
share-field-severity = gravidade
share-field-contact = contato
share-field-credit = crédito
share-field-notes = notas
share-field-followups = complementos
share-field-attachments = anexos
form-redact = Ocultar
form-reopen = Reabrir
form-hold = Reter (além do apagamento)
form-save-attachment = Salvar o anexo { $n }
action-save = Salvar
action-note = Adicionar nota
action-reply = Enviar resposta
action-close = Encerrar o caso
action-step = Registrar passo
action-agree = Combinar data
action-share = Compartilhar
action-redact = Ocultar
action-reopen = Reabrir
action-hold = Reter
action-save-file = Salvar
action-download = Baixar

## Due
due-caption = O mais urgente primeiro
due-none = Nada vence.
due-unsynced = Itens aguardando na caixa de envio desde { $oldest } não foram sincronizados: o servidor os apaga em { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}. Sincronize agora.

## Team
team-name = Equipe
team-fingerprint = Impressão digital
team-roster = Lista de membros
team-roster-seq = n.º { $seq }
team-expires = A lista expira
team-members = Membros
section-alerts = Alertas
alerts-none = Nenhum alerta.
alert-roster-expires = A lista de membros (n.º { $seq }) expira em { $day }, daqui a { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}: a administração precisa assinar a próxima antes disso, ou toda sincronização falhará.
alert-roster-expired = A lista de membros (n.º { $seq }) expirou em { $day }: a administração precisa assinar a próxima; até lá toda sincronização falha.
alert-no-roster = Este armazenamento ainda não tem uma lista de membros verificada: sincronize primeiro com --server e --team.
alert-quarantined = { $count ->
    [one] { $count } item está em quarentena: a sincronização o pôs de lado e não arquivou nada. Veja abaixo.
   *[other] { $count } itens estão em quarentena: a sincronização os pôs de lado e não arquivou nada. Veja abaixo.
}
alert-forged = { $count ->
    [one] ALERTA: { $count } item em quarentena foi forjado ou adulterado.
   *[other] ALERTA: { $count } itens em quarentena foram forjados ou adulterados.
}
section-quarantined = Itens em quarentena
quarantined-caption = Postos de lado pela sincronização, nunca arquivados ({ $command } mostra um)
quarantined-none = Nada está em quarentena.
no-bundle = (sem pacote)

## Statistics
stats-chart-alt = Gráfico: { $title }. Os números estão na tabela abaixo.
