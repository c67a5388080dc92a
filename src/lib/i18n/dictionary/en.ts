/**
 * The interface in English: every label, heading and sentence the site's own
 * pages print (content text comes from content files). This file defines the
 * keys; gu.ts and hi.ts are typed `Dictionary`, so a key missing there fails
 * `npm run check`. Values that take a number or a name are functions.
 * Facts (phone, address, fees) never live here: they come from src/site.config.ts.
 */
import { site } from '../../../site.config.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  site: {
    tagline: site.tagline,
    description: site.description,
    city: site.city,
  },
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main',
    courses: 'Courses',
    paths: 'Paths',
    blog: 'Blog',
    about: 'About & contact',
  },
  languageSwitch: {
    label: 'Languages',
    /** The link to this language's home page, from a page that does not exist in it (in this language, for its readers). */
    homeInstead: 'English: home page',
    /** Said beside that link, for readers who wonder why. */
    notTranslated: 'This page is not in English.',
  },
  /** The kind of page named on its social card (src/lib/social/card.ts). */
  card: { home: 'Courses and articles', article: 'Article', course: 'Course', path: 'Learning path' },
  theme: { dark: 'Dark theme' },
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  footer: {
    contact: 'Contact',
    explore: 'Explore',
    allCourses: 'All courses',
    paths: 'Learning paths',
    blog: 'Blog',
    topics: 'Topics',
    about: 'About & contact',
  },
  home: {
    heading: 'Learn to build the software behind every app.',
    lead: (name: string, city: string) =>
      `${name} in ${city} teaches backend development, databases and APIs through hands-on projects, guided by instructors who build software themselves.`,
    exploreCourses: 'Explore courses',
    readBlog: 'Read the blog',
    whatWeTeach: 'What we teach',
    teaches: [
      { title: 'Backend development', text: 'Server-side code, APIs, authentication and deployment: how real applications work behind the screen.' },
      { title: 'Databases', text: 'Relational design, SQL and NoSQL stores, and how to keep data correct, fast and safe.' },
      { title: 'APIs and integration', text: 'Designing, building and testing REST APIs that connect front ends, apps and other systems.' },
    ],
    startHere: 'Start here: learning paths',
    allPaths: 'All learning paths',
    featuredCourses: 'Featured courses',
    allCourses: 'All courses',
    latestArticles: 'Latest articles',
    allArticles: 'All articles',
  },
  listing: {
    /** Under a list in a translated language: the rest is in English. */
    moreInEnglish: 'More in English:',
    englishList: 'the English list',
  },
  about: {
    title: 'About and contact',
    description: (name: string, city: string) =>
      `About ${name}, a software-training institute in ${city}, Gujarat: how we teach, and how to reach our admissions team.`,
    heading: (name: string) => `About ${name}`,
    howWeTeach: 'How we teach',
    howWeTeachText:
      'Our courses are hands-on and project-based. You learn a concept, apply it in a real project the same week, and finish with a portfolio of working applications, guided throughout by instructors who build software themselves.',
    seeAllCourses: 'See all courses',
    or: 'or',
    readTheBlog: 'read the blog',
    contact: 'Contact',
    address: 'Address',
    phone: 'Phone',
    whatsapp: 'WhatsApp',
    messageOnWhatsapp: 'Message us on WhatsApp',
    email: 'Email',
    sendEnquiry: 'Send us an enquiry',
    enquirySubject: 'Courses',
  },
  blog: {
    title: 'Blog',
    pageTitle: (n: number, total: number) => `Blog, page ${n} of ${total}`,
    description: (name: string, city: string) => `Practical guides from ${name} in ${city}: backend development, databases, APIs and careers in software.`,
    pageDescription: (name: string, n: number, total: number) =>
      `Articles from the ${name} blog, page ${n} of ${total}: backend development, databases, APIs and careers.`,
    lead: 'Guides for people starting or growing a career in software development.',
    browseByTopic: 'Browse by topic',
    page: (n: number) => `Page ${n}`,
    empty: 'No article is translated into English yet.',
    feedTitle: (name: string) => `${name} blog`,
  },
  pagination: {
    label: 'Pagination',
    newer: '← Newer posts',
    older: 'Older posts →',
    pageOf: (n: number, total: number) => `Page ${n} of ${total}`,
  },
  tags: {
    title: 'Topics',
    description: (name: string) =>
      `Every topic on the ${name} blog, from backend development and databases to APIs and careers, with the number of articles on each.`,
    lead: 'Browse the blog by topic.',
    eyebrow: 'Topic',
    articleCount: (n: number) => plural(n, 'article', 'articles'),
    articlesAbout: (label: string) => `Articles about ${label}`,
    tagDescription: (count: string, label: string, name: string, city: string) =>
      `${count} about ${label} on the ${name} blog: practical guides for learners and working developers in ${city} and beyond.`,
    label: 'Tags',
  },
  courses: {
    title: 'Courses',
    description: (name: string, city: string) =>
      `Software development courses at ${name}, ${city}: hands-on, project-based training in backend development, databases and REST APIs.`,
    lead: (city: string) => `Hands-on, project-based training in ${city} and online. Every course ends with work you can show an employer.`,
    catalogName: (name: string) => `${name} courses`,
  },
  paths: {
    title: 'Learning paths',
    description: (name: string, city: string) =>
      `Step-by-step reading paths from ${name}, ${city}: articles in the order to read them, from your first question to a course.`,
    lead: 'Articles in the order to read them, one step at a time, from your first question to a course.',
    catalogName: (name: string) => `${name} learning paths`,
    pageTitle: (title: string) => `Learning path: ${title}`,
    eyebrow: 'Learning path',
    steps: (n: number) => plural(n, 'step', 'steps'),
    aboutMinutes: (n: number) => `about ${n} min of reading`,
    leadsTo: 'Leads to:',
    overview: 'New to the subject? Start with the overview:',
    step: (n: number) => `Step ${n}:`,
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    afterLastStep: 'After the last step',
    afterLastStepText: 'Learn it all with a trainer, on real projects, in the course this path leads to.',
    previous: 'Previous',
    next: 'Next',
    start: 'Start',
    whereStep: (n: number) => `step ${n}`,
    whereOverview: 'overview',
    whereCourse: 'the course',
  },
  /** The search button, dialog and panel, and the browser script's live messages ({count}, {query} are filled in there). */
  searchUi: {
    search: 'Search',
    fieldLabel: 'Search articles, courses and paths',
    fieldHelp: 'Results appear as you type. Use the down arrow to move through them.',
    typeLegend: 'Show',
    allTypes: 'All',
    anyValue: 'Any',
    topic: 'Topic',
    courseLevel: 'Course level',
    courseMode: 'Course mode',
    types: {
      Article: { filter: 'Articles', scope: 'articles' },
      Course: { filter: 'Courses', scope: 'courses' },
      Path: { filter: 'Paths', scope: 'learning paths' },
    },
    results: { none: 'No results', one: '1 result', many: '{count} results' },
    forQuery: '{results} for “{query}”',
    inScope: '{text} in {scope}',
    loadFailed: 'Search could not load. Check your connection and reload the page.',
    resultsLabel: 'Search results',
    showMore: 'Show more results',
    close: 'Close',
    fullSearch: 'Search page with all filters',
    suggestBefore: 'Browse the ',
    suggestLink: 'course catalog',
    suggestAfter: ' or a popular topic:',
    popularTopics: 'Popular topics',
    searchEnglish: 'Search the English pages',
    pageDescription:
      'Search every article and course on the VTechLabs site: backend development, databases, APIs and careers, filtered by type, topic, level and mode.',
    pageLead: "Find an article, a course or a learning path. Results appear as you type; this page's address keeps your search, so you can share it.",
  },
  search: {
    title: 'Search',
    description: (name: string) =>
      `Search every article and course on the ${name} site: backend development, databases, APIs and careers, filtered by type, topic, level and mode.`,
    lead: "Find an article, a course or a learning path. Results appear as you type; this page's address keeps your search, so you can share it.",
    noScript: 'Search runs in your browser and needs JavaScript, which is turned off. You can still browse:',
    catalog: 'the course catalog',
    blog: 'the blog',
    topics: 'every topic',
  },
  notFound: {
    eyebrow: 'Error 404',
    title: 'Page not found',
    lead: 'The page you asked for is not here. It may have moved or been renamed.',
    description: 'The page you asked for is not here. It may have moved: try the course catalog, the blog or the home page.',
    browseCourses: 'Browse courses',
    readBlog: 'Read the blog',
    home: 'Go to the home page',
  },
  article: {
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    minRead: (n: number) => `${n} min read`,
    contents: 'Contents',
    onThisPage: 'On this page',
    related: 'Related articles',
    moreArticles: 'More articles',
    previous: '← Previous article',
    next: 'Next article →',
  },
  translation: {
    /** On a translated page: it is a translation, with a link to the original. */
    note: 'This page is a translation of an English original.',
    original: 'Read the English original',
    behindSince: (date: string) => `The English original was updated on ${date}, after this translation; those changes are not in it yet.`,
  },
  provenance: { lastUpdated: 'Last updated', edit: 'Edit this page' },
  draft: {
    banner: (kind: 'article' | 'course' | 'learning path') => `Draft: this ${kind} is not published. It shows only in`,
  },
  course: {
    eyebrow: (level: string, location: string | undefined) => `${level} course${location ? ` in ${location}` : ''}`,
    newToThis: 'New to this? Read the free learning path',
    stepsLeadHere: (steps: string) => `: ${steps} that lead here.`,
    keyFacts: 'Key facts',
    enquire: 'Enquire about fees and batches',
    upcomingBatches: 'Upcoming batches',
    whoFor: 'Who it is for',
    beforeYouStart: 'Before you start',
    noPrerequisites: 'No prerequisites: the course starts from the beginning.',
    whatYouLearn: 'What you will learn',
    modules: 'Modules',
    tools: 'Tools and technologies',
    faq: 'Frequently asked questions',
    readBeforeEnrol: 'Read before you enrol',
    courseIn: (location: string | undefined) => `Course in ${location ?? 'online'}`,
    courseLabel: (title: string) => `Course: ${title}`,
    seeCourse: 'See the course',
    nextBatchStarts: 'Next batch starts',
    /** The Duration fact of a course whose length the office has not confirmed. */
    durationUnconfirmed: 'Ask the admissions team',
    facts: { duration: 'Duration', mode: 'Mode', level: 'Level', location: 'Location', nextBatch: 'Next batch', fee: 'Fee' },
    levels: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' },
    modes: { classroom: 'Classroom', online: 'Online (live)', hybrid: 'Hybrid: classroom and online' },
    duration: (weeks: number, hoursPerWeek: number, total: number) =>
      `${plural(weeks, 'week', 'weeks')} · ${plural(hoursPerWeek, 'hour', 'hours')} a week (${plural(total, 'hour', 'hours')})`,
  },
  form: {
    honeypot: 'Leave this field empty',
    name: 'Your name',
    phone: 'Phone or WhatsApp number',
    phoneHint: 'Digits, with the country code if you are outside India, e.g. +91 98765 43210.',
    email: 'Email',
    optional: '(optional)',
    course: 'Course',
    notSure: 'Not sure yet',
    batch: 'Batch',
    anyBatch: 'Any batch, or not sure yet',
    question: 'Your question',
    consent: (name: string) => `I agree that ${name} may contact me by phone, WhatsApp or email about this enquiry.`,
    send: 'Send enquiry',
  },
  enquiry: {
    askAboutCourse: 'Ask about this course',
    leaveNumber: (city: string) => `Leave your number and our admissions team in ${city} will get back to you about fees, batch dates and seats.`,
    preferToTalk: 'Prefer to talk?',
    call: 'Call',
    messageWhatsapp: 'message us on WhatsApp',
    messageOnWhatsapp: 'Message on WhatsApp',
    email: 'email',
    emailButton: 'Email',
    or: 'or',
    admissionsAnswer: (city: string) => `Fees, batch dates and seats: our admissions team in ${city} will answer.`,
  },
};

/** The shape every language's dictionary has: English's keys, each value of the same kind. */
export type Dictionary = typeof en;
