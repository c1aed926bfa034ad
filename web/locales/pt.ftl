# Portuguese. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.

page-title = Caixa de denúncias
language-label = Idioma

## Without JavaScript

noscript-needs-js = Esta página precisa de JavaScript para cifrar sua denúncia no seu navegador. Com o JavaScript desligado, nada nesta página funciona: seu navegador não consegue cifrar, então nada é enviado.
noscript-nojs = Se o operador o ativou, um formulário só de texto funciona sem JavaScript, mas nele é o servidor que cifra o que você digita, então o operador do servidor poderia lê-lo. Ele não aceita anexos e não dá um codinome para respostas.
noscript-nojs-link = Formulário só de texto (o operador do servidor poderia lê-lo)
noscript-cli = A forma mais segura de denunciar é a ferramenta de linha de comando dropbox-submit, que cifra no seu próprio computador.
noscript-other-languages = Outros idiomas

## The team and its roster

trust-heading = Quem vai ler sua denúncia
team-ask = Este link não trazia a impressão digital da equipe. Copie-a do site da própria equipe (64 letras e dígitos) e cole-a aqui.
team-input-label = Impressão digital da equipe
team-check = Verificar a equipe
team-name-label = Equipe
roster-seq-label = Lista de membros
roster-head-label = Hash do topo
team-fp-label = Impressão digital
team-compare = Se puder, compare o número da lista e o hash do topo com o que a equipe publica. Eles mudam quando os membros da equipe mudam.
trust-readers = { $count ->
    [one] Um membro da equipe pode ler sua denúncia. Veja quem abaixo.
   *[other] { $count } membros da equipe podem ler sua denúncia, a menos que você exclua alguns abaixo.
  }
trust-server = O servidor da caixa não pode ler sua denúncia, nem saber quem você excluiu ou se pediu respostas. Ele vê o dia em que ela chegou e o tamanho, arredondado; sem o Tor Browser, também seu endereço de rede enquanto você está conectado.
status-checking = Verificando a lista de membros da equipe…
status-roster-bad = A lista de membros da equipe não se verifica ({ $detail }). Não envie nada aqui: confira a impressão digital no site da própria equipe.
status-roster-ok = A lista de membros da equipe foi verificada: está assinada pelos administradores da equipe, a partir da impressão digital do seu link.
status-bad-fingerprint = A impressão digital de uma equipe tem 64 letras (a–f) e dígitos.
origin-warning = Atenção: este endereço ({ $origin }) não está entre os endereços que a equipe publicou ({ $endpoints }). Verifique se você chegou à caixa de denúncias certa.
onion-notice-onion = Você não está usando o endereço .onion da caixa de denúncias. Sua rede, e a do servidor, podem ver que você visitou este site. Para mais segurança, abra o endereço .onion da equipe no Tor Browser.
onion-notice-tor = Você não está usando o endereço .onion da caixa de denúncias. Sua rede, e a do servidor, podem ver que você visitou este site. Para mais segurança, use o Tor Browser.

## The report form

report-heading = Sua denúncia
field-title = Título
field-body = Denúncia
field-category = Categoria
category-none = (nenhuma)
field-severity = Quão grave você acha que é?
severity-none = (sem palpite)
severity-critical = Crítica
severity-high = Alta
severity-medium = Média
severity-low = Baixa
field-contact = Dados de contato (opcional)
field-credit = Como creditar você (opcional; deixe vazio para não ser creditado)
field-attachments = Anexos
attachments-note = Antes da cifragem, metadados ocultos (local de uma foto, câmera, horários, autor, comentários) são removidos de imagens JPEG e PNG. Outros arquivos são enviados como estão: remova você mesmo esses dados deles. Você pode renomear cada arquivo abaixo.
recipients-legend = Quem pode ler
recipients-note = Todos os marcados podem ler sua denúncia. Um membro que você desmarcar não recebe chave: não pode ler a denúncia, seus anexos nem as mensagens do seu codinome, e o arquivo não mostra quem foi deixado de fora. Ainda assim ele pode ver, como todo membro e o servidor, que uma denúncia chegou, em que dia e seu tamanho aproximado; e os membros que você escolheu podem contar a ele. Pelo menos um membro precisa ficar.
recipients-at-least-one = Pelo menos um membro precisa poder ler sua denúncia.
replies-checkbox = Quero receber respostas
replies-note = Se você marcar isto, a página cria um codinome (oito palavras) depois do envio. Anote-o: é a única forma de ler as respostas da equipe, e ele é mostrado só uma vez.
send-button = Enviar denúncia

## Before you send

guide-heading = Antes de enviar
guide-tor = Use o Tor Browser: ele esconde desta caixa de denúncias e da sua rede quem você é e onde está; um navegador comum não faz isso.
guide-metadata = Arquivos podem entregar você: nomes, lugares e horários dentro de documentos e fotos, e detalhes que poucas pessoas conhecem. Remova o que puder; esta página limpa apenas fotos JPEG e PNG.
guide-codename = Se você pedir respostas, anote o codinome e guarde-o em um lugar seguro, não neste navegador. Quem o tiver pode ler as respostas; se você o perder, ninguém pode devolvê-lo.

## Attachments

attachment-name = Nome do anexo { $n } ({ $size ->
    [one] { $size } byte
   *[other] { $size } bytes
  })
attachment-checking = Procurando metadados ocultos…
attachment-as-is = Enviado como está: esta página remove metadados apenas de imagens JPEG e PNG, então nomes, lugares ou histórico de edição dentro deste arquivo permanecem nele.
attachment-too-large = Esta imagem { $kind } é grande demais para procurar metadados ocultos aqui; remova você mesmo os metadados, ou deixe-a de fora.
attachment-removed = Removido antes da cifragem: { $removed }.
attachment-clean = Nenhum metadado oculto encontrado nesta imagem.
attachment-unreadable = Este arquivo parece uma imagem { $kind }, mas não pôde ser lido ({ $detail }), então seus metadados ocultos não puderam ser removidos. Deixe-o de fora, ou conserte-o primeiro.

## Sending a report

error-no-recipient = Escolha pelo menos um membro para ler sua denúncia.
error-empty = A denúncia está vazia: escreva algo ou anexe um arquivo.
error-file = { $name }: { $problem }
error-too-large = Os anexos são grandes demais para esta caixa de denúncias (no máximo { $max } bytes no total).
error-encrypted-too-large = a denúncia cifrada é maior do que esta caixa de denúncias aceita
error-worker = o processo em segundo plano da página falhou
error-no-drop-key = { $name } não tem hoje uma chave de entrega válida, e os relatos desta equipa só vão para chaves de entrega; deixe { $name } de fora ou tente de novo depois da sincronização
error-drop-keys-unavailable = a caixa de entrega não forneceu as suas chaves de entrega (HTTP { $status }); tente de novo mais tarde
progress-heading = Enviando
progress-bar =
    .aria-label = Progresso
progress-keys = Criando as chaves do seu codinome…
progress-keys-percent = Criando as chaves do seu codinome… { $percent } %
progress-no-worker = Web Workers não estão disponíveis; o trabalho é feito nesta página, que pode congelar por um tempo…
progress-sending = Cifrando e enviando…
progress-sending-bytes = Cifrando e enviando… { $percent } % ({ $sent } de { $total } bytes)
status-puzzle = Resolvendo o desafio anti-inundação do servidor ({ $bits } bits)…
status-resuming = A conexão foi interrompida; retomando (tentativa { $attempt } de { $retries })…
sent = Enviado.
sent-uncertain = A conexão caiu bem no final; sua denúncia provavelmente foi recebida.
sent-record-note = Observação: o registro de quem pode ler sua conversa não foi guardado ({ $detail }); você poderá enviar complementos depois que a equipe responder.
send-failed = O envio falhou: { $detail }. Nada foi confirmado; você pode tentar de novo.

## The receipt and the codename

done-heading = Sua denúncia foi recebida
receipt-text = Recibo (sha256 exatamente do que foi enviado; a equipe vê o mesmo número):
receipt-output =
    .aria-label = Recibo
codename-heading = Seu codinome
codename-keep = Anote-o e mantenha-o em segredo; ele é mostrado só uma vez.
codename-output =
    .aria-label = Codinome
codename-note = Com ele você, e só você, pode ler as respostas da equipe, abaixo em “Ver respostas” ou com o comando dropbox-submit replies.
left-out = Deixados de fora: { $names }. Eles não podem ler esta denúncia.

## consent
## Before anything is encrypted, from the verified roster's policy (the
## same facts as dropbox-submit's reporter-cli/src/consent.rs).

consent-heading = Antes de enviar: o que acontece com o seu relato
consent-where = Onde fica guardado: primeiro cifrado neste navegador, depois cifrado nesta caixa de envio até a equipe o buscar, e então no armazenamento cifrado de casos de cada membro que pode lê-lo. O operador da caixa de envio não pode lê-lo.
consent-server = Por quanto tempo: a caixa de envio o apaga { $all } dias depois de todos os leitores o terem buscado, ou { $first } dias depois da primeira busca, o que vier antes, e após { $none } dias se ninguém o buscar. As respostas da equipe são apagadas da caixa de envio { $read } dias depois de você lê-las, ou { $reply } dias depois de escritas.
consent-team = A equipe apaga o caso { $close } dias depois de fechá-lo (a menos que um membro precise guardá-lo por mais tempo, por uma retenção legal ou uma divulgação em andamento), e as cópias de segurança continuam legíveis por { $backup } dias.
consent-dropkeys = Ele é cifrado com chaves de curta duração que cada leitor destrói quando passam a sua janela de { $days } dias e mais uma: depois disso, ninguém consegue abrir nenhuma cópia do envio cifrado, nem mesmo a equipe.
consent-dropkeys-codename = A exceção é o seu codinome: quem o tiver pode abrir a cópia da caixa enquanto a caixa a guardar, e qualquer cópia que você salvar.
consent-readers = Quem pode lê-lo: { $names }.
consent-left-out = Deixados de fora: { $names }. Não podem lê-lo nem nada que a equipe derive dele.
consent-contact-given = Os seus dados de contato são usados só pela equipe, para falar com você sobre este relato.
consent-contact-none = Você não dá dados de contato: a equipe só pode falar com você por respostas a um codinome.
consent-credit-given = O seu crédito é como a equipe o nomeia se o reconhecer publicamente por este relato.
consent-credit-none = Você não pede crédito: a equipe não o nomeará.
consent-tlp = A equipe pode compartilhar o relato com uma parte afetada (por exemplo, quem faz o software ou a organização envolvida), cifrado para essa parte e só na medida em que o rótulo TLP permitir; os seus dados de contato e o seu crédito só vão se a equipe decidir incluí-los.
consent-codename = Com o seu codinome você pode ler as respostas da equipe, enviar complementos e retirar o relato mais tarde.
consent-no-codename = Sem um codinome você não pode retirar este relato mais tarde, nem ler respostas nem enviar complementos.
consent-nothing-sent = Nada deste consentimento é enviado: só o próprio relato cifrado.
consent-agree = Concordo: cifrar e enviar
consent-back = Voltar ao relato
copy-save = Salvar uma cópia do que foi enviado
copy-note = O arquivo cifrado exatamente como foi enviado: só o seu codinome o abre (dropbox-submit open ARQUIVO). Guarde-o, como o codinome, longe de quem não deve saber que você relatou.

## followup-consent
## The same consent step before a follow-up is encrypted (the facts it needs:
## who reads it, kept how long), its saved copy, and the codename view's
## conversation: saved copies opened in the browser, its export.

consent-followup-heading = Antes de enviar: o que acontece com o seu complemento
consent-followup-back = Voltar ao complemento
consent-followup-tlp = A equipe pode compartilhar o complemento com uma parte afetada, cifrado para essa parte e só na medida em que o rótulo TLP do caso permitir.
consent-followup-nothing-sent = Nada deste consentimento é enviado: só o próprio complemento cifrado.
followup-copy-save = Salvar uma cópia deste complemento
own-report = Você (relato), { $day }:
conversation-copies-label = Adicionar as cópias que você salvou (o seu relato, os seus complementos)
conversation-copies-note = Elas são abertas neste navegador com o seu codinome; nada é enviado.
conversation-export = Exportar a conversa
copy-unreadable = Não foi possível ler { $name }: { $detail }
copy-other-codename = pertence à conversa de outro codinome
copy-not-yours = não contém nenhum relato ou complemento seu

## Checking replies and sending follow-ups

replies-heading = Ver respostas
replies-intro = Se você enviou uma denúncia com codinome, digite-o aqui para ler as respostas da equipe e responder. Cada resposta é verificada com a lista de membros da equipe; a página mostra qual membro a escreveu.
check-codename-label = Codinome para ver respostas
check-note = Oito palavras, como a página as mostrou depois que você enviou sua denúncia.
check-button = Ver respostas
codename-word-count = Um codinome tem exatamente 8 palavras; este tem { $count }.
codename-unknown-word = A palavra { $n } do codinome não está na lista de palavras; confira a grafia.
check-deriving = Derivando as chaves do seu codinome…
check-deriving-percent = Derivando as chaves do seu codinome… { $percent } %
check-fetching = Buscando sua caixa postal…
check-mailbox-refused = a caixa de denúncias respondeu { $status } para sua caixa postal
check-mailbox-refused-message = a caixa de denúncias respondeu { $status } para sua caixa postal: { $message }
check-verifying = Verificando a assinatura de cada resposta…
check-verified = { $count ->
    [one] { $count } resposta verificada.
   *[other] { $count } respostas verificadas.
  }
check-failed = Não foi possível ver as respostas: { $detail }.
conversation-heading = Conversa
conversation-log =
    .aria-label = Conversa
no-replies = Ainda não há respostas.
reply-from = nº { $seq } de { $author } ({ $member }), { $day }:
own-followup = Você (complemento nº { $seq }), { $day }:
own-followup-now = Você (complemento nº { $seq }, enviado agora), { $day }:
sent-files = { $count ->
    [one] { $count } arquivo: { $names }
   *[other] { $count } arquivos: { $names }
  }
reply-missing = { $count ->
    [one] A resposta { $list } está faltando: o servidor pode tê-la retido, ou ela expirou.
   *[other] As respostas { $list } estão faltando: o servidor pode tê-las retido, ou elas expiraram.
  }
reply-problem = Atenção: { $problem }. Pode ser falsificada; não é mostrada.
followup-unavailable-none = Você não pode enviar um complemento aqui: nem o registro da sua conversa nem nenhuma resposta da equipe diz quem pode lê-lo (pode ter expirado). Envie uma nova denúncia, escolhendo seus leitores.
followup-unavailable-empty = Nenhum membro atual da equipe pode ler esta conversa; você não pode enviar um complemento.
followup-label = Complemento
followup-seq-label = Número deste complemento (calculado a partir da sua caixa postal)
followup-files-label = Arquivos para adicionar ao complemento
followup-files-note = Como numa denúncia: metadados ocultos são removidos de imagens JPEG e PNG antes da cifragem; outros arquivos são enviados como estão.
followup-recipients-note = Um membro que você desmarcar não recebe chave para esta mensagem; pelo menos um precisa ficar. Membros que sua denúncia deixou de fora nunca são oferecidos.
followup-to = Complemento para { $name }
followup-left-out = Deixados de fora desta conversa, como sua denúncia escolheu: { $names }.
followup-send = Enviar complemento
followup-done = Complemento recebido. Recibo:
followup-receipt =
    .aria-label = Confirmação de recebimento do seu complemento
followup-check-first = Primeiro veja suas respostas com seu codinome.
followup-empty = O complemento está vazio.
followup-no-recipient = Escolha pelo menos um membro para ler seu complemento.
followup-too-large = Os arquivos são grandes demais para esta caixa de denúncias (no máximo { $max } bytes no total).
followup-encrypted-too-large = o complemento cifrado é maior do que esta caixa de denúncias aceita
followup-fingerprinting = Calculando as impressões digitais dos arquivos para sua assinatura…
followup-sending-percent = Enviando… { $percent } %
followup-sent-uncertain = A conexão caiu bem no final; seu complemento provavelmente foi recebido.
followup-copy-note = Observação: a cópia dele no registro da sua conversa não foi guardada ({ $detail }).

## Staying safe

safety-heading = Mantenha-se seguro
safety-tor = Use o Tor Browser e o endereço .onion desta caixa de denúncias se puder. No nível de segurança “Mais seguro” esta página continua funcionando (mais devagar); em “O mais seguro” o JavaScript fica desligado e ela não consegue cifrar.
safety-nothing-stored = Esta página não guarda nada do que você digita: nem cookies, nem armazenamento local. Feche a aba quando terminar.
safety-cli = Se você corre alto risco, use a ferramenta de linha de comando dropbox-submit: ela faz a mesma cifragem no seu próprio computador, sem navegador.

## The text-only form without JavaScript (served by dropbox-server at /nojs, routes/nojs.rs)

nojs-page-title = Denúncia sem JavaScript
nojs-heading = Denúncia para { $team } sem JavaScript
nojs-warning = Atenção: o operador do servidor poderia ler o que você enviar com este formulário.
nojs-explain = Seu navegador envia o texto ao servidor, que o cifra para a equipe. Para cifragem de ponta a ponta, use a página normal com JavaScript ativado, ou a ferramenta de linha de comando dropbox-submit.
nojs-text-only = Só texto (no máximo 64 KiB): sem anexos e sem codinome, então a equipe não pode responder aqui.
nojs-received-heading = Denúncia recebida
nojs-receipt = Recibo (sha256 da denúncia cifrada):
nojs-keep-receipt = Guarde-o se quiser mostrar depois que enviou esta denúncia.
nojs-too-large = O formulário aceita no máximo 64 KiB de texto. Nada foi enviado: encurte a denúncia e envie de novo.
nojs-empty = O texto da denúncia está vazio. Nada foi enviado: escreva o que aconteceu e envie de novo.
nojs-failed = A caixa de denúncias não conseguiu guardar sua denúncia ({ $detail }). Nada foi guardado; tente de novo mais tarde.
nojs-back = Voltar ao formulário
