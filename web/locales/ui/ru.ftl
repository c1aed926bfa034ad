# Окно проверяющего (`reviewer ui`). Источник: en.ftl.

## The window's frame
window-title = Проверка
brand = Проверка
skip-to-content = Перейти к содержимому
nav-label = Разделы
view-inbox = Входящие
view-due = Сроки
view-team = Команда
view-stats = Статистика
sync = Синхронизировать
sync-progress = Ход синхронизации
language-label = Язык
boot-connecting = Подключение к reviewer на этом компьютере…
boot-no-secret = Откройте адрес, который вывел `reviewer ui` (он действует один раз). Чтобы начать заново, остановите `reviewer ui` и запустите его снова.
boot-refused = Reviewer отклонил это окно: { $error }.
error-window = Сбой окна: { $error }
error-http = Reviewer ответил ошибкой (HTTP { $status }).
error-unreachable = Reviewer на этом компьютере не отвечает: возможно, он остановлен (блокировка или бездействие). Запустите `reviewer ui` снова.
sync-running = Синхронизация…
sync-done = Синхронизировано: новых дел — { $cases }, дополнений — { $followups }, событий команды применено — { $applied }, отправлено — { $posted }.
sync-errors = Ошибки: { $errors }
sync-failed = Синхронизация не удалась: { $error }

## Shared words
none = (нет)
none-named = (никто не указан)
nobody = никто
no-title = (без заголовка)
not-triaged = (не оценено)
number = { $n }
bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байта
   *[other] { $size } байт
}
back-to-inbox = Назад во входящие

## Fixed sets
status-new = новое
status-triaged = оценено
status-accepted = принято
status-invalid = недействительно
status-fixing = исправляется
status-disclosed = раскрыто
status-closed = закрыто
status-closed-blank = (закрыто)
severity-critical = критическая
severity-high = высокая
severity-medium = средняя
severity-low = низкая
step-acknowledged = получение подтверждено
step-next-steps = следующие шаги
step-responded = дан ответ
step-notified = уведомлены
step-party-responded = другая сторона ответила
step-escalated = передано выше
step-disclosed = раскрыто
role-admin = администратор
role-reviewer = проверяющий
urgency-overdue = просрочено
urgency-due-soon = скоро срок
urgency-upcoming = предстоит

## Fields and columns
field-status = Статус
field-severity = Серьёзность
field-tlp = TLP
field-owner = Ответственный
field-search = Поиск
field-category = Категория
field-severity-guess = Серьёзность по оценке автора
field-received = Получено
field-replies = Ответы
field-contact = Контакт
field-credit = Указать как
field-recipients = Получатели
field-left-out = Исключены
field-note = Заметка
field-reply = Ответ
field-reason = Причина
field-step = Шаг
field-detail = Подробности
field-date = Дата (ГГГГ-ММ-ДД)
field-cert = Файл сертификата получателя
field-share-out = Записать зашифрованную передачу в (файл)
field-redact = Поле (contact или note:N)
field-until = До (ГГГГ-ММ-ДД, пусто: 30 дней)
field-directory = Папка
col-id = ID
col-received = Получено
col-status = Статус
col-severity = Серьёзность
col-tlp = TLP
col-owner = Ответственный
col-title = Заголовок
col-number = №
col-file-name = Имя файла (от отправителя)
col-claimed-type = Тип, заявленный отправителем
col-size = Размер
col-from = Откуда
col-save = Сохранить
col-when = Когда
col-who = Кто
col-what = Что
col-urgency = Срочность
col-due = Срок
col-deadline = Крайний срок
col-case = Дело
col-next = Следующее действие
col-name = Имя
col-roles = Роли
col-item = Объект
col-arrived = Поступил
col-kind = Тип пакета
col-why = Почему

## Inbox
inbox-filter = Фильтр и поиск
filter-any = любой
filter-mine = Мои
filter-overdue = Просроченные
filter-closed = Закрытые
inbox-apply = Применить
inbox-count = { $count ->
    [one] { $count } дело
    [few] { $count } дела
   *[other] { $count } дел
}
inbox-none = Дел нет.
inbox-overdue = просрочено: { $deadlines }
inbox-purged-on = удаляется { $day }

## A case
case-id = Дело { $id }
case-closed-on = Закрыто
case-purged-on = Удаляется
case-held-without-end = (удерживается бессрочно)
case-closed-explained = Закрытое дело покинуло активное хранилище: его подробности вернутся, если открыть его снова до удаления.
case-received = { $day } (квитанция { $receipt })
replies-possible = возможны (у автора есть кодовое имя)
replies-impossible = невозможны
replies-impossible-long = Автор не оставил кодового имени: ответить невозможно.
section-report = Сообщение
section-attachments = Вложения
section-conversation = Переписка
section-triage = Оценка
section-notes = Заметки
section-more = Другие действия
section-timeline = Хронология
section-access-log = Журнал доступа
attachments-caption = Вложения (здесь никогда не открываются: сохраните их и откройте в песочнице)
attachments-none = Вложений нет.
from-report = сообщение
from-followup = дополнение № { $seq }
followup-heading = Дополнение № { $seq } от { $day }
followup-conflict = КОНФЛИКТ: у другого дополнения тот же номер и другое содержимое
reply-heading = Ответ № { $seq }, { $member }, { $day }
note-line = Заметка { $n }, { $member }, { $day }:
conversation-none = Ответов и дополнений пока нет.
notes-none = Заметок нет.
timeline-none = Событий команды пока нет.
attachment-downloaded = Скачано (определённый тип: { $detected }).
attachment-warning = Предупреждение: { $warning }

## Actions
form-triage = Оценка
form-note = Заметка для команды
form-reply = Ответ автору
form-close = Закрытие
form-step = Записать шаг
form-agree = Согласовать дату раскрытия
form-share = Передать под { $tlp } (OpenPGP)
share-fields = Поля (если ничего не отмечено: заголовок, текст, категория, серьёзность, вложения)
share-field-title = заголовок
share-field-body = текст
share-field-category = категория
share-field-severity = серьёзность
share-field-contact = контакт
share-field-credit = упоминание
share-field-notes = заметки
share-field-followups = дополнения
share-field-attachments = вложения
form-redact = Скрыть
form-reopen = Открыть снова
form-hold = Удержать (после срока удаления)
form-save-attachment = Сохранить вложение { $n }
action-save = Сохранить
action-note = Добавить заметку
action-reply = Отправить ответ
action-close = Закрыть дело
action-step = Записать шаг
action-agree = Согласовать дату
action-share = Передать
action-redact = Скрыть
action-reopen = Открыть снова
action-hold = Удержать
action-save-file = Сохранить
action-download = Скачать

## Due
due-caption = Сначала самое срочное
due-none = Сроков нет.
due-unsynced = Объекты, ждущие в ящике с { $oldest }, не синхронизированы: сервер удалит их через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}. Синхронизируйте сейчас.

## Team
team-name = Команда
team-fingerprint = Отпечаток
team-roster = Список участников
team-roster-seq = № { $seq }
team-expires = Список истекает
team-members = Участники
section-alerts = Предупреждения
alerts-none = Предупреждений нет.
alert-roster-expires = Список участников (№ { $seq }) истекает { $day }, через { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[other] { $days } дней
}: администраторы должны подписать следующий до этого, иначе каждая синхронизация будет завершаться ошибкой.
alert-roster-expired = Список участников (№ { $seq }) истёк { $day }: администраторы должны подписать следующий; до тех пор каждая синхронизация завершается ошибкой.
alert-no-roster = В этом хранилище ещё нет проверенного списка участников: сначала синхронизируйтесь с --server и --team.
alert-quarantined = { $count ->
    [one] { $count } объект в карантине: синхронизация отложила его и ничего не сохранила. См. ниже.
    [few] { $count } объекта в карантине: синхронизация отложила их и ничего не сохранила. См. ниже.
   *[other] { $count } объектов в карантине: синхронизация отложила их и ничего не сохранила. См. ниже.
}
alert-forged = ВНИМАНИЕ: объектов в карантине подделано или изменено: { $count }.
section-quarantined = Объекты в карантине
quarantined-caption = Отложены синхронизацией, никогда не сохранялись ({ $command } показывает один)
quarantined-none = В карантине ничего нет.
no-bundle = (без пакета)

## Statistics
stats-chart-alt = Диаграмма: { $title }. Цифры — в таблице ниже.
