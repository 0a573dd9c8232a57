// English UI strings. Same keys as ar.ts.
import type { ar } from './ar.ts';
import type { ArabicPlural, EnglishPlural } from './translate.ts';

// Every Arabic key has an English string; an Arabic counted phrase needs English's two forms.
type Strings<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends ArabicPlural
      ? EnglishPlural
      : Strings<T[K]>;
};

export const en: Strings<typeof ar> = {
  app: {
    name: 'Midad',
    loadingPanel: 'Loading…',
    partFailed:
      'This part could not be shown because of an error; the rest of Midad still works. Your saved text was not touched.',
    partReload: 'Reload',
    libraryFailed: 'The draft library could not be opened; no file was touched.',
  },
  language: {
    switchTo: 'العربية',
    switchLabel: 'حوّل الواجهة إلى العربية',
  },
  toolbar: {
    label: 'Text formatting',
    bold: 'Bold',
    boldGlyph: 'B',
    italic: 'Italic',
    italicGlyph: 'I',
    underline: 'Underline',
    underlineGlyph: 'U',
    strikethrough: 'Strikethrough',
    strikethroughGlyph: 'S',
    h2: 'Subheading, or ## at the start of a line',
    h2Glyph: 'H2',
    h3: 'Minor subheading, or ### at the start of a line',
    h3Glyph: 'H3',
    quote: 'Quote (> )',
    bullet: 'Bulleted list, or - at the start of a line',
    number: 'Numbered list, or 1. at the start of a line',
    numberGlyph: '1.',
    link: 'Link',
    linkGlyph: 'Link',
    hr: 'Section break',
    image: 'Image',
    direction: 'Left-to-right paragraph',
    undo: 'Undo',
    redo: 'Redo',
    comment: 'Comment on the selected text',
    commentGlyph: 'Comment',
    directionGlyph: 'LTR',
  },
  editor: {
    label: 'Article text',
    placeholder: 'Write the article here…',
  },
  image: {
    alt: 'Alt text',
    altPlaceholder: 'Describe the image for those who cannot see it',
    caption: 'Caption',
    captionPlaceholder: 'A caption shown under the image',
    adding: 'Adding the image…',
    dismiss: 'Close',
  },
  protectedBlock: {
    label: '{{kind}} — kept as on the site',
    kinds: {
      gallery: 'Gallery',
      table: 'Table',
      embed: 'Embed',
      columns: 'Columns',
      html: 'HTML',
      classic: 'Classic content',
      image: 'Image',
      video: 'Video',
      audio: 'Audio',
      shortcode: 'Shortcode',
      paragraph: 'Paragraph',
      heading: 'Heading',
      list: 'List',
      quote: 'Quote',
      other: 'Block from the site',
    },
  },
  meta: {
    label: 'Article details',
    headline: 'Headline',
    headlinePlaceholder: 'Main headline',
    kicker: 'Kicker',
    kickerPlaceholder: 'A kicker above the headline',
    section: 'Section',
    sectionPlaceholder: 'Politics, business, sport…',
    byline: 'Byline',
    bylinePlaceholder: 'Writer or correspondent',
    excerpt: 'Excerpt',
    excerptPlaceholder: 'A line or two shown under the headline',
    tags: 'Tags',
    tagsPlaceholder: 'Separate tags with commas',
  },
  counts: {
    label: 'Article statistics',
    words: 'Words',
    chars: 'Characters',
    reading: 'Reading',
    readingValue: { one: '{{count}} min', other: '{{count}} min' } satisfies EnglishPlural,
    selection: 'Selection: {{words}} words, {{chars}} characters',
  },
  limits: {
    figures: '{{length}} / {{limit}}',
    near: '{{count}} left before the limit',
    over: '{{count}} over the limit',
  },
  save: {
    idle: 'No changes yet',
    saving: 'Saving…',
    saved: 'Saved {{time}}',
    failed: 'Could not save. Your text is kept here and saving will be retried.',
    failedDiskFull:
      'Could not save: the disk is full. Your text is kept here; free some space and saving will be retried.',
    failedPermission:
      'Could not save: there is no permission to write in the data folder. Your text is kept here and saving will be retried.',
    failedUnreachable:
      'Could not save: the app is not answering. Your text is kept here and saving will be retried.',
  },
  link: {
    title: 'Edit link',
    address: 'Link address',
    invalid: 'Only links starting with http, https or mailto are accepted.',
    save: 'Save',
    remove: 'Remove link',
    cancel: 'Cancel',
  },
  commands: {
    menuButton: 'Menu',
    sheetTitle: 'Keyboard shortcuts',
    sheetClose: 'Close',
    sections: {
      file: 'File',
      edit: 'Edit',
      format: 'Format',
      view: 'View',
      help: 'Help',
    },
    browserNote:
      'In the browser a new draft is Alt+Shift+N: the browser keeps Ctrl+N for a new window.',
  },
  find: {
    open: 'Find and replace',
    label: 'Find in the article',
    query: 'Find',
    replacement: 'Replace with',
    count: '{{current}} of {{total}}',
    none: 'No results',
    previous: 'Previous (Shift+Enter)',
    next: 'Next (Enter)',
    exact: 'Exact match',
    exactHint: 'Hamza forms, ة/ه, ى/ي, harakat and digits are not folded',
    wholeWord: 'Whole word',
    inSelection: 'In selection',
    replace: 'Replace',
    replaceAll: 'Replace all',
    close: 'Close (Esc)',
  },
  nav: {
    label: 'Navigation',
    library: 'Drafts',
    article: 'Article',
    sites: 'Sites',
    desk: 'Desk',
    settings: 'Settings',
  },
  settings: {
    appearance: {
      title: 'Appearance',
      label: 'Colours',
      system: 'Follow the system',
      light: 'Light',
      dark: 'Dark (night mode)',
      hint: 'Follows the system unless you choose otherwise; kept on this computer.',
    },
    spelling: {
      title: 'Spelling',
      system:
        'Misspelt words are underlined by the system’s own spellchecker, in the languages set in the system.',
      none: 'No spell check in the text on this system: Chromium’s checker, the only one the app has here, has no Arabic dictionary and Midad ships none for it. The house-style check still flags the word list’s variants.',
      browser:
        'Misspelt words are underlined by this browser’s own spellchecker, with its own settings.',
      wordList:
        'The newsroom’s word list stays in Midad’s house-style check; it is never written into the system’s dictionary.',
    },
    pictures: {
      title: 'Pictures that leave',
      intro:
        'Before a picture is uploaded to a site or put in an export, Midad writes it anew without the camera’s details (place, device, time: a location can expose a source), turns it upright and makes it no larger than the size below. The draft keeps the original.',
      maxLongSide: 'Longest side (pixels)',
      maxLongSideHint: 'WordPress itself shrinks anything larger than 2,560 pixels.',
      keepCredit: 'Keep the photographer’s credit and caption in the file',
      keepCreditHint:
        'Only the name, the copyright line and the caption stay (as three EXIF text fields); the place and the camera never do.',
      save: 'Save picture size',
    },
    review: {
      title: 'Review',
      suggestOnOthersStories:
        "Turn suggesting mode on when I open someone else's story from the desk",
      suggestOnOthersStoriesHint:
        "For copy editors and desk chiefs: your changes to a reporter's story become suggestions the reporter sees, accepts or rejects. Your own stories are edited as usual.",
    },
    title: 'Settings',
    countsAndLimits: 'Counts and limits',
    wordsPerMinute: 'Reading speed (words a minute)',
    wordsPerMinuteHint: 'For the reading time under the article; Arabic read aloud is about 140.',
    headlineChars: 'Longest headline (characters)',
    headlineCharsHint: 'Search results show a headline whole up to about 60 characters.',
    excerptChars: 'Longest excerpt (characters)',
    excerptCharsHint: 'A page description in search results is about 155 characters.',
    save: 'Save settings',
    saved: 'Settings saved.',
    not_a_number: 'Write a whole number; nothing was saved.',
    out_of_range: 'Write a number from {{min}} to {{max}}; nothing was saved.',
    newsroomRoles: {
      title: 'Newsroom roles',
      intro:
        'Your role on each site is read from the capabilities WordPress gives your account there: whoever has every capability listed for a role has it, the desk chief first; everyone else is a reporter.',
      hint: 'WordPress capability names, separated by commas (for example edit_others_posts, publish_posts).',
      save: 'Save roles',
      saved: 'Roles saved.',
      no_capability: 'List at least one capability; nothing was saved.',
      bad_capability:
        '“{{name}}” is not a WordPress capability name (lowercase Latin letters, digits and _ only); nothing was saved.',
      too_many_capabilities: {
        one: 'List at most {{count}} capability; nothing was saved.',
        other: 'List at most {{count}} capabilities; nothing was saved.',
      } satisfies EnglishPlural,
    },
  },
  newsroomRole: {
    reporter: 'Reporter',
    'copy-editor': 'Copy editor',
    'desk-chief': 'Desk chief',
  },
  article: {
    actions: 'Draft actions',
    status: 'Stage',
    unknownNodes:
      'This draft holds parts this version of Midad does not know ({{types}}), perhaps made by a newer Midad. It is open read-only and nothing on disk has changed.',
    keepAsText: 'Keep them as text and edit',
    keepAsTextHint:
      'Each unknown part becomes paragraphs of its text; the draft as it is now is kept in its history first.',
    heldBack: 'This draft cannot be edited here, and nothing on disk has changed:',
  },
  workflow: {
    draft: 'Draft',
    sent_to_desk: 'Sent to desk',
    copy_edited: 'Copy-edited',
    approved: 'Approved',
    scheduled: 'Scheduled',
    published: 'Published',
  },
  desk: {
    board: {
      title: "Desk chief's board",
      show: 'Board',
      showQueue: 'Queue',
      column: {
        'with-desk': 'With the desk',
        'copy-edited': 'Copy-edited',
        approved: 'Approved',
        scheduled: 'Scheduled',
        'published-today': 'Published today',
      },
      approve: 'Approve',
      approved: 'Approved.',
      publishNow: 'Publish now',
      publishQuestion: 'Publish “{{title}}” on the site now?',
      publishConfirm: 'Yes, publish',
      sendBack: 'Send back',
      job: {
        publishing: 'Publishing: follow it in the article’s outbox.',
        published: 'Published.',
        sendingBack: 'Sending the story back to the reporter…',
        sentBack:
          'Sent back to the reporter as a draft, with your comments when the site has midad-bridge.',
        conflict:
          'Stopped: the story changed on the site since it was opened here. Open the story to choose which version stays.',
        cancelled: 'Cancelled before it reached the site.',
      },
      hint: 'Approve, publish or send back a story once it is open on this computer; schedule it from its publish panel. Notes for the reporter go in as comments before sending back.',
    },
    queue: {
      title: 'Desk',
      site: 'Site',
      noDeskAccount: 'None of your site accounts is a copy editor or desk chief.',
      empty: 'No stories are waiting for the desk.',
      untitled: 'Untitled',
      unknownReporter: 'Reporter not shown by the site',
      words: { one: '{{count}} word', other: '{{count}} words' } satisfies EnglishPlural,
      openHere: 'Open on this computer',
      open: 'Open',
    },
    withDesk: 'Sent to the desk on {{time}}. This copy is read-only until the desk sends it back.',
    takeBack: 'Take back',
    checkAnswer: 'Has the desk answered?',
    noAnswerYet: 'No answer from the desk yet: the story is still waiting there.',
    answer: {
      document:
        'The desk sent the story back with its suggestions and comments: review them beside the text.',
      markup:
        'The desk sent the story back and its text replaced yours here; your version is kept in History.',
      kept: 'The desk sent the story back without changing its text: you can write again.',
      published: 'The desk published the story as you sent it.',
      publishedChanged:
        'The desk published the story with changes. Underlined words are in the published text only, struck-through words in your copy only.',
      scheduled: 'The desk scheduled the story as you sent it.',
      scheduledChanged:
        'The desk scheduled the story with changes. Underlined words are in the scheduled text only, struck-through words in your copy only.',
      review_stayed_behind:
        "The site has no midad-bridge plugin, so the desk's suggestions and comments stayed on the desk's machine.",
      document_unreadable:
        "The desk's review notes on the site could not be read; the text was taken from the post.",
      dismiss: 'Dismiss',
    },
    picturesNotBrought: {
      title:
        'Some pictures of this story could not be brought from the site; the text keeps their places:',
      unnamed: 'A picture without a name',
      not_on_site: 'it is no longer on the site',
      changed_on_site: 'the file on the site is not the one the text names',
      other_origin: 'its address is outside the site, so it was not fetched',
      not_an_image: 'the site sent something that is not an image',
      too_large: 'the file is too large',
      unreachable: 'the site could not be reached; opening the story again tries once more',
    },
    opened: {
      took_site:
        'This is the latest version sent, from the site; your copy before it is kept in History.',
      merged:
        "The site's new version was merged with your unsent changes, which were in other paragraphs; your copy before it is kept in History.",
      conflict_edited:
        'The post was changed on the site in the same paragraphs as your unsent changes: your copy stays as it is, and sending it shows both texts for you to choose.',
      conflict_resubmitted:
        'The reporter sent a new version that changes the same paragraphs as your unsent changes: your copy stays as it is, and sending it shows both texts for you to choose.',
    },
  },
  sync: {
    local: 'On this computer only',
    on_site: 'Sent to the site, not published',
    published: 'Published on the site',
  },
  library: {
    title: 'Drafts',
    tab: { drafts: 'Drafts', trash: 'Trash' },
    new: 'New draft',
    reading:
      'Still reading the library: {{listed}} of {{total}} drafts so far. The list grows as they come in; search finds what is read.',
    none: 'No drafts yet. Start a new one.',
    noneMatch: 'No draft matches this filter.',
    untitled: 'Empty draft',
    openNow: 'Open now',
    section: 'Section',
    noSection: 'No section',
    words: 'Words',
    status: 'Stage',
    sync: 'Sync',
    updated: 'Last change',
    duplicate: 'Duplicate',
    trash: 'Move to trash',
    filterStatus: 'Stage',
    filterSection: 'Section',
    sort: 'Sort by',
    all: 'All',
    sortBy: { updated: 'Last change', headline: 'Headline', words: 'Word count' },
    confirm: 'Yes, delete',
    cancel: 'Cancel',
  },
  trash: {
    empty: 'The trash is empty.',
    emptyAll: 'Empty trash',
    emptyAllQuestion: {
      one: 'Delete {{count}} draft for good? This cannot be undone.',
      other: 'Delete {{count}} drafts for good? This cannot be undone.',
    } satisfies EnglishPlural,
    trashedAt: 'Moved to trash',
    restore: 'Restore',
    delete: 'Delete for good',
    deleteQuestion: 'Delete this draft for good? This cannot be undone.',
  },
  search: {
    label: 'Search the drafts',
    placeholder: 'Search headlines, text and details…',
    searching: 'Searching…',
    partial:
      'Searched {{searched}} of {{total}} drafts: the library is still being read, and results will follow as the rest comes in.',
    none: 'No results.',
    results: 'Search results',
    field: {
      headline: 'Headline',
      kicker: 'Kicker',
      excerpt: 'Excerpt',
      tags: 'Tags',
      section: 'Section',
      byline: 'Byline',
      body: 'Text',
    },
  },
  preview: {
    open: 'Preview',
    title: 'As it will read on the site',
    refresh: 'Refresh',
    close: 'Close',
    note: 'The article in the very markup sent to WordPress, from the last save.',
  },
  history: {
    open: 'History',
    title: 'Revision history',
    refresh: 'Refresh',
    close: 'Close',
    none: 'No revisions kept yet.',
    compareHint:
      'Pick one revision to compare with the current text, or two to compare with each other.',
    compareTwo: 'Compare the two',
    compareCurrent: 'Compare with current text',
    selectForCompare: 'Pick for comparison',
    reason: {
      interval: 'Periodic save',
      status_change: 'Stage change',
      before_restore: 'Before a restore',
      before_site_version: "Before the site's version",
      before_keep_as_text: 'Before unknown parts became text',
      imported: 'Import',
    },
    statusNow: 'Now: {{status}}',
    changedBy: 'by {{name}}',
    words: { one: '{{count}} word', other: '{{count}} words' } satisfies EnglishPlural,
    deltaWords: 'Words:',
    deltaSeparator: ', ',
    deltaCharacters: 'Characters:',
    preview: 'Preview',
    restore: 'Restore this revision',
    diffSummary: '{{inserted}} added, {{deleted}} deleted.',
    site: {
      title: 'On the site: {{site}}',
      none: 'The site keeps no revisions of this post.',
      savedBy: 'Saved by {{name}}',
      savedByUser: 'Saved by user {{id}}',
    },
  },
  transfer: {
    exportMidad: 'Export .midad',
    exportHtml: 'Export HTML',
    import: 'Import a .midad file',
    imported: 'The draft was imported.',
    importedCopy:
      'This draft already existed, so it was imported as a new copy; nothing was overwritten.',
    importFailed: 'The import failed.',
    exportDocx: 'Export Word',
    exportMarkdown: 'Export Markdown',
    exportPdf: 'Export PDF',
  },
  importQueue: {
    dropHere: 'Drop .docx or .midad files here to import them',
    progress: 'Importing {{current}} of {{total}}: {{file}}',
    busy: 'Importing…',
    queued: 'Added to the queue: imported after the files in progress.',
    refused: 'Only .docx and .midad files can be imported; not imported: {{files}}',
    results: 'Import results',
    fileImported: '{{file}}: imported.',
    fileFailed: '{{file}}: {{reason}}',
  },
  problems: {
    label: 'Files that could not be read',
    draftNamed: '“{{title}}” ({{id}})',
    unknownDraft: 'unknown',
    kind: {
      draft_unreadable: 'The file of draft {{draft}} could not be read:',
      draft_missing: 'The file of draft {{draft}} is missing:',
      revision_unreadable: 'An earlier revision of draft {{draft}} could not be read:',
      legacy_document_unreadable: 'The article saved by the earlier version could not be read:',
    },
    reason: {
      not_json: 'the file is damaged (not valid JSON).',
      wrong_schema: 'its content is not in the expected shape.',
      future_version: 'a newer version of Midad wrote it.',
      read_failed: 'it could not be read from the disk.',
      missing: 'the file is not there.',
    },
    movedTo: 'The raw file was moved, untouched, to:',
    leftAt: 'The file was left where it is, in the data folder:',
    recovered: 'The draft was rebuilt from its newest intact revision.',
    outcome: {
      draft_unreadable: 'No intact revision of it was left; all other drafts are fine.',
      draft_missing: 'No intact revision of it was left; all other drafts are fine.',
      revision_unreadable: 'The draft itself is intact.',
      legacy_document_unreadable: 'The article was not imported, and the file was not touched.',
    },
    dismiss: 'Hide',
  },
  sites: {
    missingFields: 'Write the site address, the user name and the application password.',
    urlHint: 'The domain is enough, as in news.example: Midad adds https:// itself.',
    title: 'Sites',
    none: 'No site yet. Add a WordPress site to publish to.',
    add: 'Add a WordPress site',
    url: 'Site address',
    login: 'WordPress user name',
    appPassword: 'Application password',
    appPasswordHint:
      'Not your login password: create one in WordPress under Users → Profile → Application Passwords, name it "Midad", then copy the 24 characters it shows once.',
    addButton: 'Check and add',
    adding: 'Checking…',
    signedInAs: 'You are {{name}} ({{login}})',
    listSeparator: ', ',
    rightsLabel: 'What your account may do',
    may: '✓ You may',
    mayNot: '✗ You may not',
    right: {
      publish: 'publish',
      editOthers: "edit others' posts",
      manageCategories: 'manage categories',
      upload: 'upload files',
    },
    role: {
      administrator: 'Administrator',
      editor: 'Editor',
      author: 'Author',
      contributor: 'Contributor',
      subscriber: 'Subscriber',
    },
    newsroomRole: 'Your newsroom role: {{role}}',
    checkedAt: 'Last checked {{time}}',
    reviewBridge: {
      present: 'Review notes travel with the story (midad-bridge {{version}}).',
      absent:
        'This site has no midad-bridge plugin: review notes stay on this machine; the text is still published in full.',
      install:
        "To install it, copy the midad-bridge folder (resources/wordpress in Midad's source) into the site's wp-content/plugins, then activate Midad Bridge under Plugins; the README has the details.",
    },
    check: 'Check again',
    checking: 'Checking…',
    remove: 'Remove site',
    removeQuestion: 'Remove this site and its application password from this device?',
    storage: {
      'os-encrypted': "Application passwords are encrypted with the system's keychain.",
      file: 'Application passwords are kept in a file in the data folder that only you can read on this device (not encrypted).',
      basicTextAsked:
        'This computer has no keyring Midad can use (such as GNOME Keyring or KWallet). Without one, a site’s application password can only be kept obfuscated, not encrypted: anyone with access to your user account on this computer could read it. No site can be added until you accept that.',
      basicTextAccepted:
        'Application passwords are kept obfuscated, not encrypted, because this computer has no keyring Midad can use: anyone with access to your user account on this computer can read them. You accepted this.',
      getKeyring:
        'To keep them encrypted instead, install a keyring and let it unlock when you log in (GNOME Keyring: the gnome-keyring package; KDE: KWallet), then restart Midad. On a desktop Midad does not recognise (sway, i3 and the like) with GNOME Keyring running, start Midad with --password-store=gnome-libsecret.',
      accept: 'Keep passwords obfuscated only',
      withdraw: 'Stop keeping passwords obfuscated',
      withdrawQuestion:
        'Delete the passwords kept this way? Sites stay listed, but cannot be used until you add them again with a keyring or accept this again.',
    },
  },
  publish: {
    open: 'Publish',
    title: 'Publish to WordPress',
    noSites: 'No site has been added yet.',
    openSites: 'Add a site',
    site: 'Site',
    siteOption: '{{site}} — {{login}}',
    category: 'Category',
    fromSection: "From the draft's section",
    tags: 'Tags',
    slug: 'Slug',
    featuredImage: 'Featured image',
    noFeaturedImage: 'No featured image',
    featuredAsOnSite: 'As it is on the site',
    pictureNumber: 'Picture {{number}}',
    scheduleAt: 'Publish at (your time: {{zone}})',
    siteTime: "Site's time: {{time}} ({{zone}})",
    writtenTime: 'Your time: {{time}}',
    siteZoneUnknown: "The site's time zone cannot be read now; the time is sent in yours.",
    actionsLabel: 'Publishing actions',
    alreadyQueued: 'This draft has an unfinished publish job on this site.',
    remoteState: 'On the site now: {{status}}',
    remoteStatus: {
      draft: 'draft',
      pending: 'pending review',
      publish: 'published',
      future: 'scheduled',
      private: 'private',
    },
    note: {
      byline_not_sent: "WordPress has no byline field: the post's author will be your account.",
      section_uncategorized:
        "No category matches the draft's section and your account may not create one: choose a category.",
      section_will_be_created:
        "No category matches the draft's section: it will be created when publishing.",
      site_offline:
        'The site is not answering: categories are from the last check, and the job will wait for it.',
      unsent_changes: 'The draft has changes not yet sent to the site.',
      document_too_large:
        'The story with its review notes is larger than this site accepts: the text is published in full, the review notes stay on this machine.',
      pictures_stay_here: 'These pictures stay on this machine; the text is sent without them:',
    },
    pictureStays: {
      uploads_not_allowed:
        'your account may not upload pictures to this site (the midad-bridge plugin lets a reporter do it)',
      too_large: 'larger than this site lets a reporter upload',
    },
    picturesLeftHere: 'Sent without these pictures, which stay on this machine:',
    action: {
      draft: 'Save as draft on the site',
      pending: 'Send to desk',
      publish: 'Publish now',
      schedule: 'Schedule',
      update: 'Update the post',
      unpublish: 'Take back to draft',
    },
    queue: 'Outbox',
    queueEmpty: 'No publish jobs.',
    state: {
      queued: 'Queued',
      waiting_offline: 'Waiting for the site',
      running: 'Sending',
      done: 'Done',
      failed: 'Failed',
      conflict: 'Conflict: the post was edited on the site',
      resubmitted: 'Conflict: the reporter sent a new version',
      cancelled: 'Cancelled',
    },
    step: {
      check: 'Checking the site',
      terms: 'Categories and tags',
      media: 'Uploading images',
      post: 'Sending the post',
      finalize: 'Finishing',
    },
    file: {
      pending: 'waiting',
      uploading: 'uploading',
      done: 'uploaded',
      reused: 'already uploaded',
    },
    nextAttempt: 'Next attempt {{time}}.',
    openPost: 'Open the post on the site',
    previewPost: 'Preview it on the site (for those signed in there)',
    instead: '{{action}} instead',
    asNew: 'Publish it as a new post',
    cancel: 'Cancel',
    retry: 'Retry',
    conflictExplained:
      'Someone edited this post on the site since this copy last saw it. Struck-through words were removed there, underlined words were added there.',
    conflictResubmitted:
      'The reporter sent a new version since this copy last saw the story. Struck-through words were removed in it, underlined words were added.',
    sideBySide: 'Show both texts side by side',
    theirs: 'On the site',
    ours: 'In Midad',
    keepTheirs: "Keep the site's version",
    overwrite: "Overwrite with Midad's version",
  },
  jobs: {
    badgeLabel: '{{running}}, {{failed}}. Open the outbox',
    running: {
      one: '{{count}} publishing job running',
      other: '{{count}} publishing jobs running',
    },
    failed: {
      one: '{{count}} failed job',
      other: '{{count}} failed jobs',
    },
    notice: {
      done: 'Publishing job finished',
      failed: 'Publishing job failed',
      conflict: 'The post changed on the site: choose a version',
      untitled: '(untitled)',
    },
    offline: {
      network: 'Offline',
      networkHint:
        'This computer has no network: publishing waits in the outbox and resumes when it is back.',
      sites: 'Sites not answering',
      sitesHint: 'A site did not answer a publishing job: the job waits and tries again by itself.',
    },
  },
  comments: {
    open: 'Comments',
    title: 'Comments',
    close: 'Close',
    none: 'No comments on this draft. Select some text, then press “Comment” or Ctrl+Alt+M.',
    newOn: 'Comment on:',
    placeholder: 'Write your comment…',
    add: 'Add comment',
    cancel: 'Cancel',
    replyPlaceholder: 'Write a reply…',
    sendReply: 'Send reply',
    resolve: 'Resolve',
    reopen: 'Reopen',
    delete: 'Delete',
    resolvedBy: 'Resolved by {{name}} on {{time}}',
    textRemoved: 'The commented text was deleted; the comment is kept.',
    showResolved: 'Show resolved comments ({{count}})',
    nameTitle: 'Your name in review',
    nameHint:
      'Shown with every comment, reply and suggestion you make on this machine; you can change it in Settings.',
    nameLabel: 'Name',
    nameSave: 'Save name',
    nameSaved: 'Name saved.',
    refused: {
      name_missing: 'Type your name first; nothing was saved.',
      text_missing: 'Type the comment first.',
      text_too_long: {
        one: 'The comment is longer than {{count}} character and was not saved; its text is still in the box.',
        other:
          'The comment is longer than {{count}} characters and was not saved; its text is still in the box.',
      } satisfies EnglishPlural,
      thread_not_found: 'This comment no longer exists.',
      not_author: 'Only its author can delete a comment; you can resolve it.',
      selection_gone:
        'The selected text changed before the comment was added: select it again. Your comment is still in the box.',
    },
  },
  houseStyle: {
    open: 'Style',
    title: 'House style',
    close: 'Close',
    checking: 'Checking the text…',
    none: 'Nothing to flag: the text follows the house style.',
    count: { one: '{{count}} finding', other: '{{count}} findings' } satisfies EnglishPlural,
    badge: {
      one: '{{count}} house-style finding',
      other: '{{count}} house-style findings',
    } satisfies EnglishPlural,
    fix: 'Fix',
    fixAll: 'Fix all ({{count}})',
    noFix: 'No automatic fix',
    show: 'Go to it',
    becomes: 'Becomes: {{text}}',
    removes: 'Removed',
    more: { one: 'and {{count}} more', other: 'and {{count}} more' } satisfies EnglishPlural,
    rule: {
      'latin-punctuation': {
        name: 'Latin punctuation',
        message: 'Arabic text takes ، ؛ ؟ rather than , ; ?',
      },
      'space-before-punctuation': {
        name: 'Space before punctuation',
        message: 'No space goes before a punctuation mark.',
      },
      'space-after-punctuation': {
        name: 'No space after punctuation',
        message: 'One space follows a punctuation mark.',
      },
      'space-inside-brackets': {
        name: 'Space inside brackets or quotes',
        message: 'No space after an opening bracket or quote, nor before a closing one.',
      },
      'repeated-spaces': { name: 'Repeated spaces', message: 'One space between words is enough.' },
      'doubled-punctuation': {
        name: 'Doubled mark',
        message: 'One question or exclamation mark is enough.',
      },
      tatweel: {
        name: 'Tatweel',
        message: 'Tatweel (ـ) is not used to stretch words in news text.',
      },
      'mixed-digits': {
        name: 'Mixed digit systems',
        message:
          'The article mixes Western and Arabic-Indic digits: digits follow the house system.',
      },
      'persian-digits': {
        name: 'Persian digits',
        message: 'These are Persian digit forms (۴ ۵ ۶): write the house digits.',
      },
      'arabic-percent': {
        name: 'Percent sign',
        message: 'After Arabic-Indic digits the percent sign is ٪.',
      },
      'quote-style': {
        name: 'Quotation marks',
        message: 'Quotation marks follow the house style.',
      },
      tanween: { name: 'Tanween placement', message: 'Tanween fath goes where the house puts it.' },
      'repeated-word': { name: 'Repeated word', message: 'The same word twice in a row.' },
      'unbalanced-pairs': {
        name: 'Unbalanced bracket or quote',
        message: 'This mark’s partner is missing in the paragraph: where it goes is your call.',
      },
      'long-sentence': {
        name: 'Long sentence',
        message: 'The sentence is longer than the word limit ({{max}}): split it if you can.',
      },
      'word-list': {
        name: 'Newsroom word list',
        message: 'The newsroom spells this word another way.',
      },
    },
    settings: {
      title: 'Style settings',
      quoteStyle: 'Quotation marks',
      guillemets: '« »',
      curly: '“ ”',
      digits: 'Digits',
      western: 'Western 0-9',
      arabicIndic: 'Arabic-Indic ٠-٩',
      tanween: 'Tanween fath',
      beforeAlef: 'Before the alef (شكرًا)',
      onAlef: 'On the alef (شكراً)',
      either: 'Either is fine',
      maxSentenceWords: 'Longest sentence (words)',
      rules: 'Rules in use',
      saveFailed: 'The settings were not saved.',
    },
    wordList: {
      title: 'Newsroom word list',
      count: {
        one: '{{count}} preferred spelling',
        other: '{{count}} preferred spellings',
      } satisfies EnglishPlural,
      none: 'The list is empty.',
      import: 'Import a list',
      export: 'Export the list',
      clear: 'Empty the list',
      imported: {
        one: '{{count}} entry imported.',
        other: '{{count}} entries imported.',
      } satisfies EnglishPlural,
      format:
        'A UTF-8 text file, one entry a line: preferred = variant1, variant2 (a line starting with # is a comment), or a JSON file Midad exported.',
      failedAt: 'The list was not imported (line {{line}}): {{reason}} Nothing was changed.',
      failed: 'The list was not imported: {{reason}} Nothing was changed.',
      problem: {
        'missing-equals': 'There is no = between the preferred form and its variants.',
        'empty-preferred': 'The preferred form is empty.',
        'no-variants': 'There are no variants after the =.',
        'too-long': 'A word is longer than 100 characters.',
        'too-many-variants': 'One entry has more than 20 variants.',
        'too-many-entries': 'The list has more than 5,000 entries.',
        'bad-json': 'The JSON is not valid, or is not a word list.',
        'empty-file': 'The file holds no entries.',
        'not-utf8': 'The file is not UTF-8 text.',
      },
    },
  },
  suggestions: {
    mode: 'Suggest',
    modeHint:
      'Suggesting mode: what you type, delete or format becomes a suggestion others accept or reject; nothing of it is published before it is accepted.',
    unnamedReviewer: 'Reviewer',
    open: 'Suggestions',
    title: 'Suggestions',
    close: 'Close',
    none: 'No open suggestions in this article.',
    listing: 'Gathering the suggestions…',
    count: 'Open suggestions: {{count}}',
    nameHint:
      'Set your name in Settings so your suggestions are signed with it; they are signed “Reviewer” for now.',
    kind: {
      insert: 'Insertion',
      delete: 'Deletion',
      replace: 'Replacement',
      format: 'Formatting',
    },
    replacedBy: 'Replaced by:',
    byAt: '{{author}}, {{time}}',
    accept: 'Accept',
    reject: 'Reject',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    byAuthor: 'Suggestions by {{author}}: {{count}}',
    acceptAuthor: 'Accept all by {{author}}',
    rejectAuthor: 'Reject all by {{author}}',
    publishWarning:
      'This article has open suggestions ({{count}}) that will not be published: the text goes out as it was before them.',
    review: 'Review them',
    publishAnyway: 'Publish anyway',
  },
  paste: {
    importDocx: 'Import a .docx document',
    importingDocx: 'Importing the document…',
    docxImported: 'The document was imported into a new draft.',
    docxImportFailed: 'The document could not be imported.',
    docxReport: {
      title: 'What the import did:',
      nothing: 'The document came in as it was: nothing was changed or left out.',
      dismiss: 'Hide',
      tables: {
        one: '1 table imported',
        other: '{{count}} tables imported',
      } satisfies EnglishPlural,
      notes: {
        one: '1 footnote moved to the notes at the end',
        other: '{{count}} footnotes moved to the notes at the end',
      } satisfies EnglishPlural,
      captions: {
        one: '1 caption put under its picture',
        other: '{{count}} captions put under their pictures',
      } satisfies EnglishPlural,
      quotes: {
        one: '1 paragraph in a quote style made a quote',
        other: '{{count}} paragraphs in a quote style made quotes',
      } satisfies EnglishPlural,
      rightToLeft: {
        one: '1 paragraph that starts with a Latin word kept right-to-left, as in the document',
        other:
          '{{count}} paragraphs that start with a Latin word kept right-to-left, as in the document',
      } satisfies EnglishPlural,
      tableCellsLeftOut: {
        one: '1 table cell past the table limits left out',
        other: '{{count}} table cells past the table limits left out',
      } satisfies EnglishPlural,
      imagesLeftOut: {
        one: '1 picture in a format an article cannot hold left out',
        other: '{{count}} pictures in a format an article cannot hold left out',
      } satisfies EnglishPlural,
      shapesLeftOut: {
        one: '1 shape, chart or embedded object left out',
        other: '{{count}} shapes, charts or embedded objects left out',
      } satisfies EnglishPlural,
      commentsLeftOut: {
        one: '1 review comment left out',
        other: '{{count}} review comments left out',
      } satisfies EnglishPlural,
    },
  },
  errors: {
    contract: {
      unknown_method: 'The interface asked for an operation the app does not know.',
      invalid_arguments: 'The request was refused because its data is not valid.',
    },
    host: { internal: 'Something went wrong inside the app.' },
    storage: {
      write_failed: 'Writing to the disk failed.',
      corrupt_file: 'The file is damaged and cannot be read.',
      disk_full: 'The disk is full.',
      permission_denied: 'There is no permission to write in the data folder.',
      read_failed: 'Reading from the disk failed.',
    },
    drafts: {
      not_found: 'The draft does not exist.',
      revision_not_found: 'This revision does not exist.',
      already_exists: 'A draft with this id already exists.',
    },
    export: {
      pdf_unavailable: 'A PDF cannot be made here: print the proof page and choose “Save as PDF”.',
      pdf_failed: 'The PDF of the proof could not be made.',
      popup_blocked:
        'The browser blocked the proof page from opening for printing: allow pop-ups for Midad, then try again.',
    },
    import: {
      invalid_file: 'The file is not a valid .midad file.',
      unsupported_version: 'The file comes from a version of Midad this one does not support.',
      not_docx: 'The file is not a Word document (.docx) that can be read; no draft was created.',
      too_large: 'The document is larger than 50 MB; no draft was created.',
    },
    document: {
      malformed:
        'The document’s text is damaged (a part of it is not laid out as an article’s); nothing was saved.',
      unknown_node:
        'The document holds parts this version of Midad does not know (made by a newer Midad?); nothing was saved.',
      unsafe_url:
        'The document holds a link or picture address that is not http, https or mailto; nothing was saved.',
      too_deep:
        'The document is nested too deep to be an article (more than 100 levels); nothing was saved.',
      too_many_nodes:
        'The document has too many parts to be an article (more than 200,000); nothing was saved.',
      too_large:
        'The document’s text is too large to be an article (more than 5 million characters); nothing was saved.',
    },
    media: {
      unsupported_type:
        'This file is not an image Midad accepts: choose a JPEG, PNG, GIF or WebP image.',
      too_large: 'The image is larger than 20 MB: make it smaller, then add it.',
      not_found: 'This image is no longer kept with the draft.',
      picture_unreadable:
        'This picture cannot be read, so it cannot be cleaned of its camera details before it leaves: replace it with another copy.',
    },
    sites: {
      not_found: 'This site is no longer in the list.',
      already_exists: 'This site is already added with this user.',
      invalid_url: 'The site address is not valid: write it as https://example.com.',
    },
    secrets: {
      unavailable:
        'The application password could not be stored or read on this device (the system’s keyring refused, or the password is no longer kept here): remove the site and add it again.',
      weak_backend:
        'This system offers no encrypted keyring, so the password would only be obfuscated. Accept that on the Sites screen first, or install a keyring (such as GNOME Keyring).',
    },
    wordpress: {
      unreachable: 'The site could not be reached. Check the address and the connection.',
      tls: 'The site’s security certificate could not be verified.',
      timeout: 'The site took too long to answer.',
      not_json:
        'The site answered with a web page instead of WordPress data (a login page or a proxy?).',
      not_wordpress: 'No WordPress was found at this address.',
      unexpected_answer: 'The site answered in a way Midad does not understand.',
      app_passwords_unavailable:
        'This site does not accept application passwords (it may need https).',
      bad_credentials: 'WordPress refused the user name or the application password.',
      forbidden: 'Your WordPress account is not allowed to do this.',
      cannot_publish:
        'Your account may not publish on this site: send the story to the desk instead.',
      invalid_param: 'WordPress refused one of the values sent.',
      bad_request: 'WordPress refused the request.',
      term_exists: 'This category or tag already exists on the site.',
      post_deleted: 'The post was deleted on the site. You can publish it as a new post.',
      not_found: 'WordPress could not find what was asked for.',
      too_large: 'The file is too large for the site.',
      picture_not_allowed:
        'The site refused the picture: a reporter may add only JPEG, PNG, GIF or WebP pictures, to his own stories not yet published.',
      rejected: 'WordPress refused the request.',
      server_error: 'The site had an internal error. Try again later.',
    },
    publish: {
      job_not_found: 'This publishing job is no longer in the list.',
      not_cancellable: 'The job cannot be cancelled now: it is finished or in its last step.',
      not_in_conflict: 'This job has no conflict to resolve.',
      not_retryable: 'This job cannot be retried: it has neither failed nor been cancelled.',
      action_not_allowed: 'Your account on this site may not do this.',
      not_published: 'This draft has not been sent to the site yet: publish it first.',
      schedule_missing: 'Choose when to publish.',
      media_missing: 'An image of the article is no longer kept with the draft.',
      already_queued: 'The outbox already has an unfinished job for this draft on this site.',
      shutting_down: 'The app is closing: try again once it is open.',
    },
    desk: {
      already_opened:
        'The desk has already started on this story: it can no longer be taken back. Ask the desk to send it back.',
      not_with_desk: 'This copy was not sent to the desk from here.',
    },
    bridge: { unreachable: 'The app could not be reached.' },
    app: { unknown: 'Something unexpected went wrong.' },
  },
};
