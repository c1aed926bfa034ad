# Вікно перевіряльника (`reviewer ui`). Джерело: en.ftl.

## The window's frame
window-title = Перевірка
brand = Перевірка
skip-to-content = Перейти до вмісту
nav-label = Розділи
view-inbox = Вхідні
view-due = Терміни
view-team = Команда
view-stats = Статистика
sync = Синхронізувати
sync-progress = Перебіг синхронізації
language-label = Мова
boot-connecting = Під'єднання до reviewer на цьому комп'ютері…
boot-no-secret = Відкрийте адресу, яку вивів `reviewer ui` (вона діє один раз). Щоб почати знову, зупиніть `reviewer ui` і запустіть його ще раз.
boot-refused = Reviewer відхилив це вікно: { $error }.
error-window = Збій вікна: { $error }
error-http = Reviewer відповів помилкою (HTTP { $status }).
error-unreachable = Reviewer на цьому комп'ютері не відповідає: можливо, його зупинено (блокування або бездіяльність). Запустіть `reviewer ui` знову.
sync-running = Синхронізація…
sync-done = Синхронізовано: нових справ — { $cases }, доповнень — { $followups }, подій команди застосовано — { $applied }, надіслано — { $posted }.
sync-errors = Помилки: { $errors }
sync-failed = Синхронізація не вдалася: { $error }

## Shared words
none = (немає)
none-named = (нікого не вказано)
nobody = ніхто
no-title = (без заголовка)
not-triaged = (не оцінено)
number = { $n }
bytes = { $size ->
    [one] { $size } байт
    [few] { $size } байти
   *[other] { $size } байтів
}
back-to-inbox = Назад до вхідних

## Fixed sets
status-new = нова
status-triaged = оцінена
status-accepted = прийнята
status-invalid = недійсна
status-fixing = виправляється
status-disclosed = розкрита
status-closed = закрита
status-closed-blank = (закрита)
severity-critical = критична
severity-high = висока
severity-medium = середня
severity-low = низька
step-acknowledged = отримання підтверджено
step-next-steps = наступні кроки
step-responded = відповідь надано
step-notified = повідомлено
step-party-responded = інша сторона відповіла
step-escalated = передано вище
step-disclosed = розкрито
role-admin = адміністратор
role-reviewer = перевіряльник
urgency-overdue = прострочено
urgency-due-soon = скоро термін
urgency-upcoming = попереду

## Fields and columns
field-status = Стан
field-severity = Серйозність
field-tlp = TLP
field-owner = Відповідальний
field-search = Пошук
field-category = Категорія
field-severity-guess = Серйозність за оцінкою автора
field-received = Отримано
field-replies = Відповіді
field-contact = Контакт
field-credit = Згадати як
field-recipients = Одержувачі
field-left-out = Виключені
field-note = Нотатка
field-reply = Відповідь
field-reason = Причина
field-step = Крок
field-detail = Подробиці
field-date = Дата (РРРР-ММ-ДД)
field-cert = Файл сертифіката одержувача
field-share-out = Записати зашифровану передачу до (файл)
field-redact = Поле (contact або note:N)
field-until = До (РРРР-ММ-ДД, порожньо: 30 днів)
field-directory = Тека
col-id = ID
col-received = Отримано
col-status = Стан
col-severity = Серйозність
col-tlp = TLP
col-owner = Відповідальний
col-title = Заголовок
col-number = №
col-file-name = Назва файлу (від відправника)
col-claimed-type = Тип, заявлений відправником
col-size = Розмір
col-from = Звідки
col-save = Зберегти
col-when = Коли
col-who = Хто
col-what = Що
col-urgency = Терміновість
col-due = Термін
col-deadline = Крайній строк
col-case = Справа
col-next = Наступна дія
col-name = Ім'я
col-roles = Ролі
col-item = Об'єкт
col-arrived = Надійшов
col-kind = Тип пакета
col-why = Чому

## Inbox
inbox-filter = Фільтр і пошук
filter-any = будь-який
filter-mine = Мої
filter-overdue = Прострочені
filter-closed = Закриті
inbox-apply = Застосувати
inbox-count = { $count ->
    [one] { $count } справа
    [few] { $count } справи
   *[other] { $count } справ
}
inbox-none = Справ немає.
inbox-overdue = прострочено: { $deadlines }
inbox-purged-on = видаляється { $day }

## A case
case-id = Справа { $id }
case-closed-on = Закрито
case-purged-on = Видаляється
case-held-without-end = (утримується безстроково)
case-closed-explained = Закрита справа залишила активне сховище: її подробиці повернуться, якщо відкрити її знову до видалення.
case-received = { $day } (квитанція { $receipt })
replies-possible = можливі (автор має кодове ім'я)
replies-impossible = неможливі
replies-impossible-long = Автор не залишив кодового імені: відповісти неможливо.
section-report = Повідомлення
section-attachments = Вкладення
section-conversation = Листування
section-triage = Оцінка
section-notes = Нотатки
section-more = Інші дії
section-timeline = Хронологія
section-access-log = Журнал доступу
attachments-caption = Вкладення (тут ніколи не відкриваються: збережіть їх і відкрийте в пісочниці)
attachments-none = Вкладень немає.
from-report = повідомлення
from-followup = доповнення № { $seq }
followup-heading = Доповнення № { $seq } від { $day }
followup-conflict = КОНФЛІКТ: інше доповнення має той самий номер та інший вміст
reply-heading = Відповідь № { $seq }, { $member }, { $day }
note-line = Нотатка { $n }, { $member }, { $day }:
conversation-none = Відповідей і доповнень поки немає.
notes-none = Нотаток немає.
timeline-none = Подій команди поки немає.
attachment-downloaded = Завантажено (визначений тип: { $detected }).
attachment-warning = Попередження: { $warning }

## Actions
form-triage = Оцінка
form-note = Нотатка для команди
form-reply = Відповідь авторові
form-close = Закриття
form-step = Записати крок
form-agree = Погодити дату розкриття
form-share = Передати під { $tlp } (OpenPGP)
share-fields = Поля (якщо нічого не позначено: заголовок, текст, категорія, серйозність, вкладення)
share-field-title = заголовок
share-field-body = текст
share-field-category = категорія
share-field-severity = серйозність
share-field-contact = контакт
share-field-credit = згадка
share-field-notes = нотатки
share-field-followups = доповнення
share-field-attachments = вкладення
form-redact = Приховати
form-reopen = Відкрити знову
form-hold = Утримати (після строку видалення)
form-save-attachment = Зберегти вкладення { $n }
action-save = Зберегти
action-note = Додати нотатку
action-reply = Надіслати відповідь
action-close = Закрити справу
action-step = Записати крок
action-agree = Погодити дату
action-share = Передати
action-redact = Приховати
action-reopen = Відкрити знову
action-hold = Утримати
action-save-file = Зберегти
action-download = Завантажити

## Due
due-caption = Спершу найтерміновіше
due-none = Термінів немає.
due-unsynced = Об'єкти, що чекають у скриньці з { $oldest }, не синхронізовано: сервер видалить їх через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}. Синхронізуйте зараз.

## Team
team-name = Команда
team-fingerprint = Відбиток
team-roster = Список учасників
team-roster-seq = № { $seq }
team-expires = Список спливає
team-members = Учасники
section-alerts = Попередження
alerts-none = Попереджень немає.
alert-roster-expires = Список учасників (№ { $seq }) спливає { $day }, через { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[other] { $days } днів
}: адміністратори мають підписати наступний до того, інакше кожна синхронізація завершуватиметься помилкою.
alert-roster-expired = Список учасників (№ { $seq }) сплив { $day }: адміністратори мають підписати наступний; доти кожна синхронізація завершується помилкою.
alert-no-roster = У цьому сховищі ще немає перевіреного списку учасників: спершу синхронізуйтеся з --server і --team.
alert-quarantined = { $count ->
    [one] { $count } об'єкт у карантині: синхронізація відклала його й нічого не зберегла. Див. нижче.
    [few] { $count } об'єкти в карантині: синхронізація відклала їх і нічого не зберегла. Див. нижче.
   *[other] { $count } об'єктів у карантині: синхронізація відклала їх і нічого не зберегла. Див. нижче.
}
alert-forged = УВАГА: об'єктів у карантині підроблено або змінено: { $count }.
section-quarantined = Об'єкти в карантині
quarantined-caption = Відкладені синхронізацією, ніколи не збережені ({ $command } показує один)
quarantined-none = У карантині нічого немає.
no-bundle = (без пакета)

## Statistics
stats-chart-alt = Діаграма: { $title }. Цифри — в таблиці нижче.
