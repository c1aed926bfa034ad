# Portuguese. Machine-drafted (see web/TRANSLATIONS.md); awaiting review by a native speaker.
# dropbox-submit's messages (reporter-cli/); the source is en.ftl.

## --help's opening text

help-about = dropbox-submit: envie uma denúncia criptografada para a caixa de denúncias de uma equipe e depois converse com a equipe usando um codinome.
help-words = Termos: a impressão digital da equipe é o identificador que a equipe publica no próprio site (um link para a caixa dela termina em #team=<impressão digital>); a lista de membros é a lista assinada dos membros da equipe e de suas chaves; os destinatários são os membros que podem ler sua denúncia; um codinome são oito palavras com as quais você lê as respostas da equipe.

## verify

verify-team = Equipe: { $team }
verify-roster = Lista de membros: nº { $seq } ({ $hash }), válida até { $expires }
verify-members = { $count ->
    [one] Um membro (recebe sua denúncia, a menos que você o exclua com --leave-out ID):
   *[other] { $count } membros (cada um recebe sua denúncia, a menos que você o exclua com --leave-out ID):
  }
verify-categories = Categorias: { $categories }
warn-endpoints = atenção: o endereço deste servidor não está entre os endereços da equipe: { $endpoints }

## send

warn-endpoint-unlisted = atenção: { $server } não está entre os endereços publicados pela equipe; verifique se você chegou à caixa de denúncias certa
deriving-keys = derivando as chaves do seu codinome…
send-received = Sua denúncia foi recebida.
send-written = Sua denúncia criptografada está em { $file }.
send-receipt = Comprovante (sha256 do que foi enviado): { $receipt }
send-left-out = { $count ->
    [one] Excluído: { $names }. Não pode ler esta denúncia nem nada que a equipe derive dela.
   *[other] Excluídos ({ $count }): { $names }. Não podem ler esta denúncia nem nada que a equipe derive dela.
  }
send-codename-heading = Seu codinome (anote-o e mantenha-o em segredo; ele só é mostrado esta vez):
send-codename-use = Use-o com `dropbox-submit replies` e `dropbox-submit followup`.
warn-record-failed = atenção: sua denúncia foi recebida, mas o registro de quem pode ler sua conversa não foi guardado ({ $error }); você poderá enviar complementos quando a equipe tiver respondido
error-empty = a denúncia está vazia: informe --body, --body-file ou --attach
error-category = categoria desconhecida { $name }; as categorias desta equipe são: { $categories }
error-severity = a gravidade deve ser critical, high, medium ou low

## attachments and recipients

attach-clean = { $name }: nenhum metadado encontrado
attach-removed = { $name }: removido: { $removed }
attach-as-is = atenção: { $name } é enviado como está; arquivos que não são JPEG nem PNG podem conter metadados identificadores (autor, aparelho, local) que esta ferramenta não consegue remover
error-not-member = { $name } não é membro desta equipe; os membros são: { $names }
error-no-recipient = pelo menos um membro deve receber a denúncia
error-cannot-read = não é possível ler { $file }
error-not-file = { $file } não é um arquivo comum
error-image-large = { $file } é uma imagem grande demais para ter os metadados limpos aqui; reduza-a primeiro
error-image-parse = { $file } parece uma imagem, mas não pode ser analisado para remover os metadados; converta-o primeiro
error-drop-key = não é possível criptografar para { $member }: nenhuma chave de depósito dele assinada sob a lista é válida hoje; exclua-o (--leave-out { $member }) ou tente de novo depois que ele sincronizar
uploading = enviando
error-receipt = a caixa de denúncias confirmou bytes diferentes dos enviados (comprovante { $receipt }, esperado { $expected }); não confie neste servidor
error-upload-failing = o envio continua falhando; nada foi confirmado, tente mais tarde

## reaching the drop box

error-no-server = nenhum endereço da caixa de denúncias: informe --server ou defina DROPBOX_SERVER
error-bad-url = { $server } não é um endereço de caixa de denúncias utilizável: use https://, ou http:// só para um endereço .onion ou de loopback
error-unreachable = não é possível alcançar { $server }
error-roster = a lista de membros da equipe não se verifica: { $detail }. Não envie nada; compare a impressão digital com a do site da própria equipe

## replies

codename-prompt = Codinome:
replies-none = Ainda não há respostas.
reply-heading = nº { $seq } de { $author } ({ $member }) em { $day }:
author-former-key = { $name } (chave antiga)
author-former-member = { $name } (ex-membro)
warn-replies-missing = { $count ->
    [one] atenção: a resposta { $missing } está faltando; o servidor pode tê-la retido ou ela expirou
   *[other] atenção: as respostas { $missing } estão faltando; o servidor pode tê-las retido ou elas expiraram
  }
warn-problem = atenção: { $problem }
error-mailbox = a caixa de denúncias respondeu { $code } para sua caixa postal: { $detail }

## followup

followup-replies-so-far = As respostas da equipe até agora:
followup-received = Seu complemento nº { $seq } foi recebido. Comprovante: { $receipt }
followup-readable = Podem ler: { $names }.
warn-copy-failed = atenção: seu complemento foi recebido, mas a cópia dele no registro da sua conversa não foi guardada ({ $error }); passe --seq { $next } ao seu próximo complemento

## consent: what you agree to before anything is encrypted (consent.rs;
## `--json` keeps its English keys). $all, $first, $unread, $read,
## $written, $days and $backup each hold a consent-days text ("30 days").

consent-intro-report = Antes que sua denúncia seja criptografada e enviada para { $team }, leia o que acontece com ela.
consent-intro-followup = Antes que seu complemento seja criptografado e enviado para { $team }, leia o que acontece com ele.
consent-where-server = Onde fica guardado: criptografado primeiro neste computador, depois criptografado na caixa em { $url } até a equipe recolhê-lo, e então no armazenamento criptografado de casos de cada membro que pode lê-lo. Quem opera a caixa não pode lê-lo.
consent-where-file = Onde fica guardado: criptografado em { $file }, que você mesmo entrega; quando a equipe o importar, no armazenamento criptografado de casos de cada membro que pode lê-lo.
consent-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
  }
consent-how-long = Por quanto tempo: a caixa o apaga { $all } depois que todos os leitores o recolheram, ou { $first } depois que o primeiro o fez, o que vier antes, e { $unread } após a chegada se ninguém o recolher. As respostas da equipe para você são apagadas da caixa { $read } depois que você as lê, ou { $written } depois de escritas.
consent-purge = A equipe apaga o caso { $days } depois de encerrá-lo (a menos que um membro precise guardá-lo por mais tempo, por uma retenção legal ou uma divulgação em andamento), e os backups dela continuam legíveis por { $backup }.
consent-drop-keys = Ele é criptografado para chaves de curta duração que cada leitor destrói quando já passaram sua janela de { $count ->
    [one] { $count } dia
   *[other] { $count } dias
  } e mais uma: depois disso, ninguém, nem a equipe, consegue abrir qualquer cópia do envio criptografado (na caixa ou nos backups dela).
consent-drop-keys-codename = A exceção é o seu codinome: quem o tiver pode abrir a cópia da caixa enquanto a caixa a guardar, e qualquer cópia que você salvar.
consent-readers = Quem pode lê-lo: { $names }.
consent-left-out = Deixados de fora: { $names }. Eles não podem lê-lo nem nada que a equipe extraia dele.
consent-contact-given = Seus dados de contato são usados só pela equipe, para falar com você sobre esta denúncia.
consent-contact-none = Você não dá dados de contato: a equipe só pode falar com você por respostas a um codinome.
consent-credit-given = Sua linha de crédito é como a equipe cita você se lhe der crédito público por esta denúncia.
consent-credit-none = Você não pede crédito: a equipe não citará seu nome.
consent-share = A equipe pode compartilhar a denúncia com uma parte afetada (por exemplo, o fabricante do software ou a organização envolvida), criptografada para essa parte e só como o rótulo TLP dela permite; seus dados de contato e seu crédito só vão junto se a equipe decidir incluí-los.
consent-codename = Com seu codinome você pode ler as respostas da equipe, enviar complementos e retirar a denúncia depois (`dropbox-submit withdraw`).
consent-no-codename = Sem codinome (--replies) você não poderá retirar esta denúncia depois, ler respostas nem enviar complementos.
consent-keep = Uma cópia exata do que é enviado fica em { $file }; ela só abre com seu codinome (`dropbox-submit open`).
consent-nothing-sent = Nada deste consentimento é enviado: só a própria denúncia criptografada.
# The question waits on its line. "y" and "yes" always mean yes; so do
# consent-yes's words (comma-separated, any case): keep the letter you put
# in the question's brackets among them.
consent-ask-report = Enviar esta denúncia? [s/N]
consent-ask-followup = Enviar este complemento? [s/N]
consent-yes = s, sim
consent-declined = você não concordou, então nada foi criptografado nem enviado
consent-needed = não há terminal para pedir seu consentimento: execute-o em um terminal para ler o que é guardado, por quanto tempo e quem pode ler, ou adicione --yes para concordar (o texto vai para a saída de erro padrão; os fatos, com --json)
error-answer = não foi possível ler sua resposta: { $error }

## --keep, open, replies (--copy, --export) and a follow-up's readers

keep-saved = Uma cópia do que foi enviado está em { $file }; ela abre com seu codinome (`dropbox-submit open`).
error-keep-report = sua denúncia foi recebida, mas a cópia dela não pôde ser salva em { $file }
error-keep-followup = seu complemento foi recebido, mas a cópia dele não pôde ser salva em { $file }
# open's labels: the values are lined up after the longest.
open-report = Sua denúncia de { $day }
open-followup = Seu complemento nº { $seq } de { $day }
open-sent-to = Enviado a:
open-title = Título:
open-category = Categoria:
open-severity = Gravidade:
open-contact = Contato:
open-credit = Crédito:
open-attachments = Anexos:
open-attachment = { $size ->
    [one] { $name } ({ $media }, { $size } byte)
   *[other] { $name } ({ $media }, { $size } bytes)
  }
open-attachment-saved = { $size ->
    [one] { $name } ({ $media }, { $size } byte), salvo como { $file }
   *[other] { $name } ({ $media }, { $size } bytes), salvo como { $file }
  }
open-save-hint = Salve-os com --out DIR.
warn-attachment-exists = aviso: { $file } já existe e foi deixado como está; o anexo não foi salvo
error-copy-codename = { $file } não abre com este codinome para esta equipe (uma cópia guardada por `send --keep`, `followup --keep` ou pela página só abre com o codinome com que foi enviada)
error-copy-damaged = { $file } não é uma cópia intacta de uma denúncia
error-copy-other = { $file } pertence à conversa de outro codinome
error-copy-kind = { $file } não contém denúncia nem complemento seu (é um pacote { $kind })
error-copy-signature = { $file }: a assinatura não confere
replies-exported = A conversa foi gravada em { $file }.
conversation-report = Sua denúncia de { $day }:
conversation-followup = Seu complemento nº { $seq } de { $day }:
conversation-followup-unnumbered = Seu complemento de { $day }:
conversation-attached = (anexo: { $names })
error-codename-stdin = não foi possível ler o codinome da entrada padrão
error-codename-terminal = não foi possível ler o codinome do terminal
error-readers-unknown = não é possível saber quem pode ler esta conversa: nem o registro da sua conversa nem nenhuma resposta da equipe diz isso (pode ter expirado); nada foi enviado. Envie uma nova denúncia, escolhendo os leitores dela
error-no-reader-left = nenhum membro atual da equipe pode ler esta conversa (os outros foram deixados de fora ou saíram); nada foi enviado

## withdraw

withdraw-deleted = A cópia da sua denúncia na caixa foi apagada.
withdraw-not-held = A caixa não tinha mais sua denúncia (a equipe já a tinha recolhido, ou ela foi enviada antes que fosse possível retirar denúncias assim).
withdraw-received = Sua retirada foi recebida (comprovante { $receipt }). Podem ler: { $names }.
withdraw-next = A equipe encerra o caso e o apaga após o prazo de backup, a menos que precise guardá-lo (uma obrigação legal, uma divulgação em andamento); nesse caso, diz o motivo numa resposta (`dropbox-submit replies`).
error-withdraw-refused = a equipe foi avisada, mas a caixa recusou apagar sua denúncia ({ $code }): { $detail }; execute `dropbox-submit withdraw` de novo
error-withdraw-untold = não foi possível avisar a equipe da sua retirada

## errors from the drop box, files and flags
no-explanation = sem explicação
error-bad-proxy = proxy inválido { $proxy }
error-response-unreadable = não foi possível ler a resposta da caixa
error-roster-status = { $server } respondeu { $code } ao pedido da sua lista de membros
error-attestation-status = { $server } respondeu { $code } ao pedido do atestado da lista de membros
error-upload-refused = a caixa recusou o envio ({ $code }): { $detail }
error-no-upload-location = a caixa não indicou onde enviar
error-upload-lost = a caixa perdeu o envio; envie a denúncia de novo
error-state-corrupt = { $file } está corrompido; apague-o para recomeçar
error-server-or-roster = informe --server ou --roster-file
error-cannot-create = não é possível criar { $file }
error-pgp-needs-server = --team-pgp precisa de --server para buscar o atestado
error-copy-altered = { $file } foi alterado ou está incompleto
error-cannot-save = não é possível salvar { $file }
error-cannot-write = não é possível gravar { $file }
error-dropkeys-status = a caixa respondeu { $code } ao pedido das suas chaves de depósito; tente de novo mais tarde
error-dropkeys-malformed = a caixa forneceu chaves de depósito malformadas
error-pow-unreasonable = a caixa pede uma prova de trabalho desproporcional ({ $bits } bits)
