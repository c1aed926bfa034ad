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

## withdraw

withdraw-deleted = A cópia da sua denúncia na caixa foi apagada.
withdraw-not-held = A caixa não tinha mais sua denúncia (a equipe já a tinha recolhido, ou ela foi enviada antes que fosse possível retirar denúncias assim).
withdraw-received = Sua retirada foi recebida (comprovante { $receipt }). Podem ler: { $names }.
withdraw-next = A equipe encerra o caso e o apaga após o prazo de backup, a menos que precise guardá-lo (uma obrigação legal, uma divulgação em andamento); nesse caso, diz o motivo numa resposta (`dropbox-submit replies`).
error-withdraw-refused = a equipe foi avisada, mas a caixa recusou apagar sua denúncia ({ $code }): { $detail }; execute `dropbox-submit withdraw` de novo
error-withdraw-untold = não foi possível avisar a equipe da sua retirada
