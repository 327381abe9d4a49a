export interface paths {
  '/api/v1/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first (admin); filters: actor, entity, entityId, action, from, to */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with e-mail and password
     * @description With x-talent-client: web, the refresh token goes in an httpOnly, SameSite=Strict cookie scoped to /api/v1/auth instead of the body.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a refresh token for a new pair (the old one is spent)
     * @description With x-talent-client: web, the refresh token goes in an httpOnly, SameSite=Strict cookie scoped to /api/v1/auth instead of the body. The web app sends no body token: the cookie is read, with that header only.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End this session: its access and refresh tokens stop working */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user and their roles with organisations */
    get: operations['MeController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change one’s own password; every session ends, this one included */
    post: operations['MeController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Accounts: all for admins; for organisers, those holding roles in their units */
    get: operations['UsersController_list'];
    put?: never;
    /** Create an account (admin) */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, disable or set the password of an account (admin); the last two end its sessions */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/v1/users/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Grant a role at an organisation, reaching its whole subtree (admin) */
    post: operations['UsersController_grantRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}/roles/{roleId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a role (admin) */
    delete: operations['UsersController_revokeRole'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/localities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Administrative units; `at` keeps those valid on a date */
    get: operations['LocalitiesController_list'];
    put?: never;
    /** Create a unit, naming the former units it replaces (admin) */
    post: operations['LocalitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/localities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LocalitiesController_get'];
    put?: never;
    post?: never;
    /** Delete a unit nothing refers to (admin); 409 otherwise: close it instead */
    delete: operations['LocalitiesController_delete'];
    options?: never;
    head?: never;
    /** Edit a unit, or close it with validTo and its successors (admin) */
    patch: operations['LocalitiesController_update'];
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations within the caller’s reach (all for admins) */
    get: operations['OrganisationsController_list'];
    put?: never;
    /** Create a unit under one the caller manages (roots: admins) */
    post: operations['OrganisationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/organisations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['OrganisationsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, move or close a unit the caller manages */
    patch: operations['OrganisationsController_update'];
    trace?: never;
  };
  '/api/v1/disciplines': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fields and disciplines: each field by name, then its disciplines by name */
    get: operations['DisciplinesController_list'];
    put?: never;
    /** Create a field, or a discipline within a field (admin) */
    post: operations['DisciplinesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/disciplines/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A field with its disciplines, or one discipline */
    get: operations['DisciplinesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, deactivate or reactivate a field or discipline; codes are stable (admin) */
    patch: operations['DisciplinesController_update'];
    trace?: never;
  };
  '/api/v1/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search participants by any part of the name, without regard to accents; filter by locality, unit, discipline, age */
    get: operations['ParticipantsController_list'];
    put?: never;
    /** Register a participant; 409 with the existing id when the same name and date of birth exist */
    post: operations['ParticipantsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ParticipantsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ParticipantsController_update'];
    trace?: never;
  };
  '/api/v1/participants/{id}/consents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ParticipantsController_consents'];
    put?: never;
    /** Record a consent: the guardian’s for a minor, or the participant’s own */
    post: operations['ParticipantsController_recordConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/consents/{consentId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a consent; it stops counting at once */
    post: operations['ParticipantsController_withdrawConsent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/consent-check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the consents a purpose needs are given; 409 naming the missing ones */
    get: operations['ParticipantsController_checkConsent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything held on the person (data-subject access) */
    get: operations['ParticipantsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/participants/{id}/anonymise': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Erase the personal fields; results stay, unlinked, for statistics (admin) */
    post: operations['ParticipantsController_anonymise'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload participants (CSV or XLSX; columns in the README); follow the import on GET /imports/:id */
    post: operations['ImportsController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The state of an import: progress, counts and the errors of each bad row */
    get: operations['ImportsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clubs of the caller’s units, or the clubs a coach is assigned to */
    get: operations['ClubsController_list'];
    put?: never;
    post: operations['ClubsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ClubsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ClubsController_update'];
    trace?: never;
  };
  '/api/v1/clubs/{id}/coaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign a coach (a user holding the coach role where the club is) */
    post: operations['ClubsController_assignCoach'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs/{id}/coaches/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ClubsController_removeCoach'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ClubsController_members'];
    put?: never;
    /** Add a member; needs room and, for a minor, the guardian’s consent */
    post: operations['ClubsController_addMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs/{id}/member-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Children of the club’s unit matching a name, whom its coaches may add */
    get: operations['ClubsController_memberCandidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/clubs/{id}/members/{membershipId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** End a membership (the history stays) */
    patch: operations['ClubsController_leave'];
    trace?: never;
  };
  '/api/v1/clubs/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ClubsController_sessions'];
    put?: never;
    post: operations['ClubsController_createSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SessionsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record (or correct) a whole session’s attendance in one request */
    put: operations['SessionsController_recordAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessment-rubrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rubrics, all or those fitting a discipline */
    get: operations['RubricsController_list'];
    put?: never;
    /** Create a rubric: criteria, each on a scale (organisers, admins) */
    post: operations['RubricsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessment-rubrics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RubricsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename or retire a rubric (its criteria never change) */
    patch: operations['RubricsController_update'];
    trace?: never;
  };
  '/api/v1/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assess a trainee of a club the caller coaches, against a rubric */
    post: operations['AssessmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AssessmentsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Correct an assessment (audited, before and after) */
    patch: operations['AssessmentsController_update'];
    trace?: never;
  };
  '/api/v1/participants/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A timeline ready to draw: assessments per criterion, attendance by month, contest results */
    get: operations['ProgressController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/trainees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A coach’s trainees with their latest assessment, 90-day attendance and warning flags */
    get: operations['TraineesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Events of the caller’s units, and those the caller judges in; newest first */
    get: operations['EventsController_list'];
    put?: never;
    /** Create an event (a draft) */
    post: operations['EventsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EventsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['EventsController_update'];
    trace?: never;
  };
  '/api/v1/events/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the event on: draft → open → judging → published → archived (or a step back while harmless) */
    post: operations['EventsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/events/{id}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EventsController_categoriesOf'];
    put?: never;
    post: operations['EventsController_createCategory'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CategoriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['CategoriesController_update'];
    trace?: never;
  };
  '/api/v1/categories/{id}/rounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CategoriesController_roundsOf'];
    put?: never;
    /** Add the next round, with its rubric and rules (checked by the results engine) */
    post: operations['CategoriesController_createRound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CategoriesController_entriesOf'];
    put?: never;
    /** Register an entry; eligibility is checked for every member */
    post: operations['CategoriesController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/entries/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register many entries at once: all of them, or none with every problem named */
    post: operations['CategoriesController_registerMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RoundsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['RoundsController_update'];
    trace?: never;
  };
  '/api/v1/entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EntriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, withdraw (state: withdrawn, withdrawReason) or reinstate an entry */
    patch: operations['EntriesController_update'];
    trace?: never;
  };
  '/api/v1/rounds/{id}/panel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The round’s panel with recusals and their grounds
     * @description Organisers see every declared conflict and recusal; a panel member only their own recusals.
     */
    get: operations['PanelsController_get'];
    /**
     * Replace the panel and the declared conflicts
     * @description A judge who has marked entries cannot leave the panel (409): mark them absent instead.
     */
    put: operations['PanelsController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/sheet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A judge’s score sheet: what they owe, with their own marks only
     * @description A judge reads their own; a secretary of the panel or an organiser names the judge.
     */
    get: operations['ScoreSheetsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/scores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Enter many marks at once, all or nothing
     * @description A filled cell changes only with the version read (409 listing the conflicts otherwise). The same request retried with the same Idempotency-Key applies once; the replayed answer carries Idempotent-Replayed: true.
     */
    put: operations['ScoreSheetsController_enterScores'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/sheet/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit a sheet once every owed mark is in
     * @description Answers 409 not_ready listing the empty cells by entry; an already submitted sheet is left as is.
     */
    post: operations['ScoreSheetsController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/sheets/{judgeId}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopen a submitted sheet so the judge can change marks (organisers, with a reason) */
    post: operations['ScoreSheetsController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/lock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lock the round: marks then change only by corrections
     * @description Needs every disagreement flag confirmed (409 not_ready listing them otherwise).
     */
    post: operations['RoundControlController_lock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unlock a round never published */
    post: operations['RoundControlController_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/flags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entries whose judges’ totals spread beyond the round’s limit */
    get: operations['RoundControlController_flags'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/flags/{entryId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm an entry’s disagreement flag for the spread it has now */
    post: operations['RoundControlController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/deductions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdjustmentsController_deductions'];
    put?: never;
    /** Record a deduction (time violation, fall, rule breach, disqualification) with a reason */
    post: operations['AdjustmentsController_recordDeduction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/deductions/{deductionId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a deduction, with a reason (it stays on record) */
    post: operations['AdjustmentsController_revokeDeduction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AdjustmentsController_corrections'];
    put?: never;
    /** Correct a judge’s mark after the lock, with a reason */
    post: operations['AdjustmentsController_correct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live results with their breakdown and readiness for publication (organisers, the panel’s secretaries); ?version=N: a publication */
    get: operations['RoundResultsController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Freeze the results as a new publication (201); the same results as the latest publication: 200 with it, nothing written */
    post: operations['RoundResultsController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/results/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The round’s publications, newest first */
    get: operations['RoundResultsController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/rounds/{id}/advance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Advance the published advancing entries: into the next round, or (targetCategoryId) into a next-level event’s category */
    post: operations['RoundResultsController_advance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/rounds/{id}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published results, without authentication: ranks, scores, prizes; names only with consent; ?version=N: an earlier publication */
    get: operations['PublicResultsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/categories/{id}/standing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The final standing over the category’s published rounds that count towards it (their weighted mean), with its prizes */
    get: operations['CategoryStandingController_standing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up and serving HTTP */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database and Redis both answer */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuditEntryView: {
      id: string;
      /** Format: date-time */
      occurredAt: string;
      actorId: number | null;
      action: string;
      entityType: string;
      entityId: string;
      before: Record<string, never> | null;
      after: Record<string, never> | null;
      requestId: string | null;
    };
    AuditPage: {
      items: components['schemas']['AuditEntryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    LoginDto: {
      /** @example admin@talent.local */
      email: string;
      password: string;
    };
    TokenPair: {
      /** @description A JWT for `Authorization: Bearer …`, valid for `expiresIn` seconds. */
      accessToken: string;
      /** @description Single use: each refresh returns a new one. Reusing a spent one ends the session. Absent when the web app asked (X-Talent-Client: web): it goes in an httpOnly cookie instead. */
      refreshToken?: string;
      /** @example 900 */
      expiresIn: number;
      /** @example Bearer */
      tokenType: string;
    };
    RefreshDto: {
      /** @description Required unless the web app sends its refresh cookie (with X-Talent-Client: web). */
      refreshToken?: string;
    };
    OrganisationBrief: {
      id: number;
      name: string;
      kind: string;
      level: string;
    };
    RoleView: {
      id: number;
      /** @enum {string} */
      role: 'admin' | 'organiser' | 'judge' | 'palace_staff' | 'coach' | 'viewer';
      organisationId: number | null;
      organisation: components['schemas']['OrganisationBrief'] | null;
      /** Format: date-time */
      createdAt: string;
    };
    UserSummary: {
      id: number;
      email: string;
      fullName: string;
      active: boolean;
    };
    MeView: {
      id: number;
      email: string;
      fullName: string;
      active: boolean;
      roles: components['schemas']['RoleView'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      user: components['schemas']['UserSummary'];
    };
    ChangePasswordDto: {
      currentPassword: string;
      newPassword: string;
    };
    UserView: {
      id: number;
      email: string;
      fullName: string;
      active: boolean;
      roles: components['schemas']['RoleView'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UserPage: {
      items: components['schemas']['UserView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateUserDto: {
      /** @example nguyen.van.an@tinhdoan.quangninh.vn */
      email: string;
      /** @example Nguyễn Văn An */
      fullName: string;
      /** @description Common passwords are refused. */
      password: string;
      /** @default true */
      active: boolean;
    };
    UpdateUserDto: {
      email?: string;
      fullName?: string;
      /** @description false disables the account and ends its sessions. */
      active?: boolean;
      /** @description A new password; ends the user’s sessions. */
      password?: string;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    GrantRoleDto: {
      /** @enum {string} */
      role: 'admin' | 'organiser' | 'judge' | 'palace_staff' | 'coach' | 'viewer';
      /** @description Required for every role but admin, which reaches everywhere. */
      organisationId?: Record<string, never>;
    };
    LocalityView: {
      id: number;
      parentId: number | null;
      /** @enum {string} */
      level: 'province' | 'district' | 'commune';
      /** @enum {string} */
      kind: 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
      code: string;
      name: string;
      fullName: string;
      validFrom: string | null;
      validTo: string | null;
      version: number;
    };
    LocalityPage: {
      items: components['schemas']['LocalityView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    SuccessionLink: {
      /** @description The other unit. */
      id: number;
      /**
       * @description Only part of the former unit’s territory passed on.
       * @default false
       */
      partial: boolean;
    };
    CreateLocalityDto: {
      /** @description The unit above it; none for a province. */
      parentId?: number;
      /** @enum {string} */
      level: 'province' | 'district' | 'commune';
      /**
       * @description province; city, town, district; ward, commune, township, special_zone
       * @enum {string}
       */
      kind: 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
      /**
       * @description The official (GSO) code.
       * @example 07054
       */
      code: string;
      /** @example Quảng La */
      name: string;
      /**
       * @description Defaults to the name.
       * @example Xã Quảng La
       */
      fullName?: string;
      /** @example 2025-07-01 */
      validFrom?: string;
      validTo?: string;
      /** @description The former units this one replaces, wholly or in part. */
      predecessors?: components['schemas']['SuccessionLink'][];
    };
    LinkedLocality: {
      id: number;
      fullName: string;
      partial: boolean;
    };
    LocalityDetail: {
      id: number;
      parentId: number | null;
      /** @enum {string} */
      level: 'province' | 'district' | 'commune';
      /** @enum {string} */
      kind: 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
      code: string;
      name: string;
      fullName: string;
      validFrom: string | null;
      validTo: string | null;
      version: number;
      /** @description Former units it replaced. */
      predecessors: components['schemas']['LinkedLocality'][];
      /** @description Units that replaced it. */
      successors: components['schemas']['LinkedLocality'][];
    };
    UpdateLocalityDto: {
      /** @enum {string} */
      kind?: 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
      code?: string;
      name?: string;
      fullName?: string;
      validFrom?: Record<string, never> | null;
      /** @description The last day the unit existed: closes it. */
      validTo?: Record<string, never> | null;
      /** @description The units that replaced it: replaces the list. */
      successors?: components['schemas']['SuccessionLink'][];
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    OrganisationView: {
      id: number;
      parentId: number | null;
      name: string;
      /** @enum {string} */
      kind: 'youth_union' | 'youth_federation' | 'young_pioneers' | 'palace' | 'school' | 'other';
      /** @enum {string} */
      level: 'provincial' | 'district' | 'commune' | 'grassroots';
      localityId: number;
      validFrom: string | null;
      validTo: string | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    OrganisationPage: {
      items: components['schemas']['OrganisationView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateOrganisationDto: {
      /** @example Đoàn phường Hồng Gai */
      name: string;
      /** @enum {string} */
      kind: 'youth_union' | 'youth_federation' | 'young_pioneers' | 'palace' | 'school' | 'other';
      /** @enum {string} */
      level: 'provincial' | 'district' | 'commune' | 'grassroots';
      /** @description The unit it belongs to; only admins create roots. */
      parentId?: number;
      /** @description The locality it serves, as valid when recorded. */
      localityId: number;
      /** @example 2025-07-01 */
      validFrom?: string;
      /** @description The last day it operated; empty while active. */
      validTo?: string;
    };
    UpdateOrganisationDto: {
      name?: string;
      /** @enum {string} */
      kind?: 'youth_union' | 'youth_federation' | 'young_pioneers' | 'palace' | 'school' | 'other';
      /** @enum {string} */
      level?: 'provincial' | 'district' | 'commune' | 'grassroots';
      /** @description Moves the unit and its subtree; null makes it a root (admins). */
      parentId?: Record<string, never> | null;
      localityId?: number;
      validFrom?: Record<string, never> | null;
      /** @description Set to close the unit. */
      validTo?: Record<string, never> | null;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    DisciplineView: {
      id: number;
      parentId: number | null;
      /** @example MUSIC.PIANO */
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'field' | 'discipline';
      active: boolean;
      version: number;
    };
    DisciplinePage: {
      items: components['schemas']['DisciplineView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateDisciplineDto: {
      /** @description The field a discipline belongs to; none for a field. */
      parentId?: number;
      /**
       * @description Upper-case letters, digits and underscores. Under a field, PIANO is stored as MUSIC.PIANO; the full code (MUSIC.PIANO) is accepted too. Stable: it cannot be changed later.
       * @example PIANO
       */
      code: string;
      /** @example Piano */
      name: string;
      /**
       * @description Defaults to discipline under a parent, field otherwise.
       * @enum {string}
       */
      kind?: 'field' | 'discipline';
      /** @default true */
      active: boolean;
    };
    DisciplineDetail: {
      id: number;
      parentId: number | null;
      /** @example MUSIC.PIANO */
      code: string;
      name: string;
      /** @enum {string} */
      kind: 'field' | 'discipline';
      active: boolean;
      version: number;
      /** @description A field’s disciplines, by name; none for a discipline. */
      children: components['schemas']['DisciplineView'][];
    };
    UpdateDisciplineDto: {
      name?: string;
      /** @description An inactive field or discipline is kept for the records naming it. */
      active?: boolean;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    ParticipantView: {
      id: number;
      /** @description Empty once anonymised. */
      fullName: string;
      /** @enum {string} */
      gender: 'female' | 'male' | 'other';
      dateOfBirth?: string | null;
      homeLocalityId: number | null;
      school: string | null;
      guardianName?: string | null;
      guardianRelationship?: string | null;
      guardianPhone?: string | null;
      organisationId: number;
      disciplineIds: number[];
      anonymised: boolean;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ParticipantPage: {
      items: components['schemas']['ParticipantView'][];
      total: number;
      page: number;
      pageSize: number;
      /** @description Present (true) when a name search matched more than 10,000: `total` is then 10,000. */
      totalCapped?: boolean;
    };
    CreateParticipantDto: {
      /** @example Nguyễn Thị Ánh */
      fullName: string;
      /** @enum {string} */
      gender: 'female' | 'male' | 'other';
      /**
       * @description A real date; the age today must be 3–35.
       * @example 2012-05-03
       */
      dateOfBirth: string;
      /** @description The home locality (commune, ward…) as valid today. */
      homeLocalityId?: number;
      /** @example Trường THCS Hồng Gai */
      school?: string;
      /** @example Nguyễn Văn Bình */
      guardianName?: string;
      /** @example bố */
      guardianRelationship?: string;
      /** @example 0912345678 */
      guardianPhone?: string;
      /** @description The unit registering the participant; the caller must manage it. */
      organisationId: number;
      /** @description Disciplines the participant shows talent in. */
      disciplineIds?: number[];
      /** @description Register even though someone has the same name and date of birth: another person. */
      allowDuplicate?: boolean;
    };
    UpdateParticipantDto: {
      fullName?: string;
      /** @enum {string} */
      gender?: 'female' | 'male' | 'other';
      dateOfBirth?: string;
      homeLocalityId?: Record<string, never> | null;
      school?: Record<string, never> | null;
      guardianName?: Record<string, never> | null;
      guardianRelationship?: Record<string, never> | null;
      guardianPhone?: Record<string, never> | null;
      /** @description Replaces the list. */
      disciplineIds?: number[];
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    ConsentView: {
      id: number;
      /** @enum {string} */
      kind: 'guardian' | 'participant';
      givenBy: string;
      relationship: string | null;
      givenOn: string;
      /** @enum {string} */
      method: 'paper' | 'electronic';
      scopes: ('registry' | 'contests' | 'publication' | 'shortlisting')[];
      recordedById: number | null;
      /** Format: date-time */
      recordedAt: string;
      /** Format: date-time */
      withdrawnAt: string | null;
      withdrawalReason: string | null;
    };
    RecordConsentDto: {
      /**
       * @description guardian: for a minor; participant: the person’s own.
       * @enum {string}
       */
      kind: 'guardian' | 'participant';
      /**
       * @description Who consented.
       * @example Nguyễn Văn Bình
       */
      givenBy: string;
      /** @example bố */
      relationship?: string;
      /**
       * @description The day it was given (not in the future).
       * @example 2026-09-05
       */
      givenOn: string;
      /** @enum {string} */
      method: 'paper' | 'electronic';
      scopes: ('registry' | 'contests' | 'publication' | 'shortlisting')[];
    };
    WithdrawConsentDto: {
      /** @example Gia đình không đồng ý tiếp tục */
      reason?: string;
    };
    ConsentCheckView: {
      /** @enum {string} */
      purpose: 'club_membership' | 'event_entry' | 'publication' | 'shortlisting';
      satisfied: boolean;
    };
    ImportAccepted: {
      id: number;
    };
    ImportRowErrorView: {
      /** @description The row in the file; the header is row 1. */
      row: number;
      column: string;
      message: string;
    };
    ImportView: {
      id: number;
      /** @enum {string} */
      state: 'queued' | 'running' | 'succeeded' | 'failed';
      fileName: string;
      /** @enum {string} */
      format: 'csv' | 'xlsx';
      organisationId: number;
      /** @description Data rows in the file. */
      totalRows: number;
      /** @description Rows checked so far. */
      processedRows: number;
      importedRows: number;
      /** @description Rows naming someone already registered (or repeated in the file): not imported again. */
      duplicateRows: number;
      /** @description When any row is wrong, nothing is imported. */
      errors: components['schemas']['ImportRowErrorView'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
    };
    CoachView: {
      userId: number;
      fullName: string;
    };
    ClubView: {
      id: number;
      organisationId: number;
      name: string;
      /** @enum {string} */
      kind: 'club' | 'team' | 'group';
      disciplineId: number;
      localityId: number | null;
      schedule: string | null;
      capacity: number | null;
      validFrom: string | null;
      validTo: string | null;
      activeMembers: number;
      coaches: components['schemas']['CoachView'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ClubPage: {
      items: components['schemas']['ClubView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateClubDto: {
      /** @description The unit running the club; the caller must manage its clubs. */
      organisationId: number;
      /** @example Câu lạc bộ Cờ vua Hồng Gai */
      name: string;
      /** @enum {string} */
      kind: 'club' | 'team' | 'group';
      disciplineId: number;
      localityId?: number;
      /** @example Thứ Ba và Thứ Năm, 17:30–19:00 */
      schedule?: string;
      /** @description Active members at most; none for no limit. */
      capacity?: number;
      validFrom?: string;
      validTo?: string;
    };
    UpdateClubDto: {
      name?: string;
      /** @enum {string} */
      kind?: 'club' | 'team' | 'group';
      disciplineId?: number;
      localityId?: Record<string, never> | null;
      schedule?: Record<string, never> | null;
      /** @description Lowering it never removes members; it only stops new ones. */
      capacity?: Record<string, never> | null;
      validFrom?: Record<string, never> | null;
      /** @description The last day the club ran: closes it. */
      validTo?: Record<string, never> | null;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    AssignCoachDto: {
      /** @description A user holding the coach role within the club’s reach. */
      userId: number;
    };
    MembershipView: {
      id: number;
      clubId: number;
      participantId: number;
      fullName: string;
      joinedOn: string;
      leftOn: string | null;
      leaveReason: string | null;
      active: boolean;
      version: number;
    };
    MembershipPage: {
      items: components['schemas']['MembershipView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    MemberCandidateView: {
      participantId: number;
      fullName: string;
      /** @example 2014-03-09 */
      dateOfBirth: string | null;
    };
    MemberCandidatePage: {
      items: components['schemas']['MemberCandidateView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    AddMemberDto: {
      participantId: number;
      /** @description Defaults to today. */
      joinedOn?: string;
    };
    LeaveClubDto: {
      /** @description The last day as a member. */
      leftOn: string;
      reason?: string;
    };
    AttendanceSummary: {
      present: number;
      absent: number;
      excused: number;
    };
    SessionView: {
      id: number;
      clubId: number;
      date: string;
      startTime: string | null;
      endTime: string | null;
      topic: string | null;
      attendance: components['schemas']['AttendanceSummary'];
      version: number;
    };
    SessionPage: {
      items: components['schemas']['SessionView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateSessionDto: {
      /** @example 2026-09-08 */
      date: string;
      /** @example 17:30 */
      startTime?: string;
      /** @example 19:00 */
      endTime?: string;
      /** @example Khai cuộc Italia */
      topic?: string;
    };
    AttendanceRecordView: {
      participantId: number;
      fullName: string;
      /** @enum {string} */
      status: 'present' | 'absent' | 'excused';
      note: string | null;
    };
    SessionAttendanceView: {
      session: components['schemas']['SessionView'];
      records: components['schemas']['AttendanceRecordView'][];
    };
    AttendanceRecordDto: {
      participantId: number;
      /** @enum {string} */
      status: 'present' | 'absent' | 'excused';
      note?: string;
    };
    RecordAttendanceDto: {
      /** @description The whole session: replaces what was recorded before. */
      records: components['schemas']['AttendanceRecordDto'][];
    };
    CriterionView: {
      id: number;
      code: string;
      name: string;
      min: string;
      max: string;
      step: string;
    };
    RubricView: {
      id: number;
      disciplineId: number;
      name: string;
      active: boolean;
      criteria: components['schemas']['CriterionView'][];
      version: number;
    };
    CriterionDto: {
      /** @example TECHNIQUE */
      code: string;
      /** @example Kỹ thuật */
      name: string;
      /** @example 0 */
      min: string;
      /** @example 10 */
      max: string;
      /** @example 0.5 */
      step: string;
    };
    CreateRubricDto: {
      disciplineId: number;
      /** @example Đánh giá cờ vua cơ bản */
      name: string;
      criteria: components['schemas']['CriterionDto'][];
    };
    UpdateRubricDto: {
      /** @description false retires the rubric: no new assessments use it. */
      active?: boolean;
      name?: string;
    };
    ScoreDto: {
      criterionId: number;
      /**
       * @description On the criterion’s scale (min to max, in its steps).
       * @example 7.5
       */
      value: string;
    };
    CreateAssessmentDto: {
      participantId: number;
      /** @description The club the participant trains in, which the caller coaches. */
      clubId: number;
      rubricId: number;
      /** @example 2026-09-15 */
      assessedOn: string;
      /** @description One mark for every criterion of the rubric. */
      scores: components['schemas']['ScoreDto'][];
      comment?: string;
    };
    AssessmentScoreView: {
      criterionId: number;
      code: string;
      value: string;
    };
    AssessmentView: {
      id: number;
      participantId: number;
      clubId: number;
      rubricId: number;
      assessedOn: string;
      assessorId: number;
      comment: string | null;
      scores: components['schemas']['AssessmentScoreView'][];
      version: number;
    };
    UpdateAssessmentDto: {
      assessedOn?: string;
      /** @description Replaces the marks (every criterion again). */
      scores?: components['schemas']['ScoreDto'][];
      comment?: Record<string, never> | null;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    ProgressPoint: {
      /** @example 2026-09-15 */
      date: string;
      /** @example 7.50 */
      value: string;
      assessmentId: number;
    };
    CriterionSeries: {
      criterionId: number;
      code: string;
      name: string;
      min: string;
      max: string;
      points: components['schemas']['ProgressPoint'][];
    };
    RubricSeries: {
      rubricId: number;
      rubricName: string;
      criteria: components['schemas']['CriterionSeries'][];
    };
    MonthlyAttendance: {
      /** @example 2026-09 */
      month: string;
      present: number;
      absent: number;
      excused: number;
      /** @description present ÷ (present + absent); excused left out */
      rate: number | null;
    };
    ContestResult: {
      eventId: number;
      eventName: string;
      /** @enum {string} */
      eventLevel: 'grassroots' | 'district' | 'provincial' | 'national';
      /**
       * @description The event’s first day.
       * @example 2026-06-01
       */
      eventDate: string;
      categoryCode: string;
      categoryName: string;
      roundName: string;
      roundPosition: number;
      /** @example A-007 */
      entryCode: string;
      rank: number | null;
      /** @example 8.75 */
      finalScore: string | null;
      prize: string | null;
      advances: boolean;
      /** Format: date-time */
      publishedAt: string;
    };
    ParticipantProgress: {
      participantId: number;
      /** @description Each criterion’s marks over time, per rubric. */
      assessments: components['schemas']['RubricSeries'][];
      attendance: components['schemas']['MonthlyAttendance'][];
      /** @description Published contest results of the participant’s entries, newest event first. */
      results: components['schemas']['ContestResult'][];
    };
    TraineeClub: {
      id: number;
      name: string;
    };
    LatestAssessment: {
      assessmentId: number;
      assessedOn: string;
      rubricId: number;
      rubricName: string;
      /** @description The marks’ mean place on their scales, 0 to 1. */
      normalisedScore: number;
    };
    TraineeFlags: {
      /** @description Attendance in the last 90 days 20 points or more below the 90 days before. */
      attendanceDropping: boolean;
      /** @description The latest assessment 0.1 or more below the previous one on the same rubric. */
      assessmentsDropping: boolean;
    };
    Trainee: {
      participantId: number;
      fullName: string;
      dateOfBirth: string | null;
      clubs: components['schemas']['TraineeClub'][];
      latestAssessment: components['schemas']['LatestAssessment'] | null;
      /** @description In the caller’s clubs, over the last 90 days. */
      attendanceRate90Days: number | null;
      flags: components['schemas']['TraineeFlags'];
    };
    TraineePage: {
      items: components['schemas']['Trainee'][];
      total: number;
      page: number;
      pageSize: number;
    };
    EventOrganisationView: {
      id: number;
      name: string;
    };
    EventView: {
      id: number;
      name: string;
      /** @enum {string} */
      kind: 'contest' | 'festival' | 'playground';
      /** @enum {string} */
      level: 'grassroots' | 'district' | 'provincial' | 'national';
      /** @description The lead first. */
      organisations: components['schemas']['EventOrganisationView'][];
      venue: string | null;
      localityId: number | null;
      startDate: string;
      endDate: string;
      description: string | null;
      /** @enum {string} */
      state: 'draft' | 'open' | 'judging' | 'published' | 'archived';
      /** @description The states it may move to next. */
      nextStates: ('draft' | 'open' | 'judging' | 'published' | 'archived')[];
      categoryCount: number;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    EventPage: {
      items: components['schemas']['EventView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateEventDto: {
      /** @example Hội thi Tài năng nhí thành phố Hạ Long 2026 */
      name: string;
      /** @enum {string} */
      kind: 'contest' | 'festival' | 'playground';
      /** @enum {string} */
      level: 'grassroots' | 'district' | 'provincial' | 'national';
      /** @description The organising units (Đoàn, Hội, Đội, the palace …), the lead first; the caller must run events at the lead. */
      organisationIds: number[];
      /** @example Cung Văn hóa Thanh thiếu nhi tỉnh */
      venue?: string;
      localityId?: number;
      /** @example 2026-06-01 */
      startDate: string;
      /** @example 2026-06-02 */
      endDate: string;
      description?: string;
    };
    UpdateEventDto: {
      name?: string;
      /**
       * @description Only while a draft.
       * @enum {string}
       */
      kind?: 'contest' | 'festival' | 'playground';
      /** @enum {string} */
      level?: 'grassroots' | 'district' | 'provincial' | 'national';
      /** @description Replaces the organising units; the caller must stay one of them. */
      organisationIds?: number[];
      venue?: Record<string, never> | null;
      localityId?: Record<string, never> | null;
      /** @description Only before judging starts (ages are taken on the first day). */
      startDate?: string;
      endDate?: string;
      description?: Record<string, never> | null;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    TransitionDto: {
      /** @enum {string} */
      to: 'draft' | 'open' | 'judging' | 'published' | 'archived';
      /** @description Recorded in the audit log; required for a step back. */
      reason?: string;
    };
    PrizeRuleDto: {
      /**
       * @description As printed on the certificate.
       * @example Giải Nhất
       */
      prize: string;
      /**
       * @description How many (more when entries tie at the boundary).
       * @example 1
       */
      count?: number;
      /**
       * @description Only final scores at or above this.
       * @example 9.00
       */
      minScore?: string;
    };
    RoundSummaryView: {
      id: number;
      position: number;
      name: string;
      /** @enum {string} */
      state: 'open' | 'locked';
      publishedVersion: number;
    };
    CategoryView: {
      id: number;
      eventId: number;
      code: string;
      name: string;
      disciplineId: number;
      minAge: number | null;
      maxAge: number | null;
      ageReferenceDate: string | null;
      /** @description The day ages are actually taken on. */
      agesOn: string;
      /** @enum {string} */
      format: 'individual' | 'team';
      minMembers: number;
      maxMembers: number;
      prizes: components['schemas']['PrizeRuleDto'][];
      /** @description Active entries. */
      entryCount: number;
      rounds: components['schemas']['RoundSummaryView'][];
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CategoryPage: {
      items: components['schemas']['CategoryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateCategoryDto: {
      /**
       * @description Short, unique in the event; entry codes start with it.
       * @example PIANO-A
       */
      code: string;
      /** @example Piano, bảng A (8–11 tuổi) */
      name: string;
      disciplineId: number;
      /** @description Youngest age allowed, in whole years on the reference date. */
      minAge?: number;
      maxAge?: number;
      /** @description The day ages are taken on; the event’s first day by default. */
      ageReferenceDate?: string;
      /** @enum {string} */
      format: 'individual' | 'team';
      /** @description Team categories: fewest members (2 by default). */
      minMembers?: number;
      /** @description Team categories: most members (30 by default). */
      maxMembers?: number;
      /** @description Applied in order by the category’s last round; none for a playground. */
      prizes?: components['schemas']['PrizeRuleDto'][];
    };
    UpdateCategoryDto: {
      name?: string;
      disciplineId?: number;
      minAge?: Record<string, never> | null;
      maxAge?: Record<string, never> | null;
      ageReferenceDate?: Record<string, never> | null;
      minMembers?: number;
      maxMembers?: number;
      prizes?: components['schemas']['PrizeRuleDto'][];
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    MethodDto: {
      /** @enum {string} */
      kind: 'mean' | 'trimmed_mean' | 'median' | 'normalised';
      /** @description trimmed_mean: marks dropped at each end (1 by default). */
      trim?: number;
      /** @description trimmed_mean: fewest counted judges to trim; below it, the mean (5 by default). */
      minPanel?: number;
    };
    TieBreakDto: {
      /** @enum {string} */
      kind: 'criterion' | 'headJudge' | 'judgesMajority';
      /** @description kind criterion: the criterion’s code. */
      criterion?: string;
    };
    AdvancementDto: {
      /** @description The best N (ties at the boundary included). */
      top?: number;
      /** @description Final scores at or above this. */
      minScore?: string;
    };
    RoundView: {
      id: number;
      categoryId: number;
      position: number;
      name: string;
      /** @enum {string} */
      state: 'open' | 'locked';
      /** Format: date-time */
      lockedAt: string | null;
      lockedBy: number | null;
      /** @description The latest published snapshot; 0 before the first publication. */
      publishedVersion: number;
      /** @description Changed after publication: the results need a republish. */
      changedSincePublication: boolean;
      version: number;
    };
    RoundPage: {
      items: components['schemas']['RoundView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateRoundDto: {
      /** @description How the judges’ marks aggregate (mean by default). */
      method?: components['schemas']['MethodDto'];
      /**
       * @description totals (default) or criterion by criterion.
       * @enum {string}
       */
      basis?: 'totals' | 'criteria';
      /** @default 2 */
      decimals: number;
      /** @description Applied in order to equal rounded scores. */
      tieBreaks?: components['schemas']['TieBreakDto'][];
      /** @description Flag entries whose judges’ totals spread more than this. */
      spreadLimit?: Record<string, never> | null;
      advancement?: components['schemas']['AdvancementDto'] | null;
      /** @description Weight in the category’s final standing. */
      standingWeight?: Record<string, never> | null;
      /** @example Vòng sơ khảo */
      name: string;
      criteria: components['schemas']['CriterionDto'][];
    };
    NamedView: {
      id: number;
      name: string;
    };
    EntryMemberView: {
      participantId: number;
      fullName: string;
    };
    EntryView: {
      id: number;
      categoryId: number;
      /** @example PIANO-A-007 */
      code: string;
      number: number;
      title: string | null;
      teamName: string | null;
      organisation: components['schemas']['NamedView'];
      locality: components['schemas']['NamedView'] | null;
      coach: components['schemas']['NamedView'] | null;
      club: components['schemas']['NamedView'] | null;
      members: components['schemas']['EntryMemberView'][];
      /** @enum {string} */
      state: 'active' | 'withdrawn';
      /** Format: date-time */
      withdrawnAt: string | null;
      withdrawReason: string | null;
      advancedFromEntryId: number | null;
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    EntryPage: {
      items: components['schemas']['EntryView'][];
      total: number;
      page: number;
      pageSize: number;
    };
    CreateEntryDto: {
      /** @description The participant, or the team’s members. */
      members: number[];
      /** @description The unit the entry represents. */
      organisationId: number;
      /**
       * @description The piece, song or project.
       * @example Bản sonate số 8 (Beethoven)
       */
      title?: string;
      /** @description Team categories only. */
      teamName?: string;
      localityId?: number;
      /** @description A user holding the coach role; a judge who coaches the entry is recused. */
      coachUserId?: number;
      clubId?: number;
    };
    BulkEntriesDto: {
      /** @description All are registered, or none (errors name each). */
      entries: components['schemas']['CreateEntryDto'][];
    };
    EntryListView: {
      items: components['schemas']['EntryView'][];
    };
    UpdateRoundDto: {
      /** @description How the judges’ marks aggregate (mean by default). */
      method?: components['schemas']['MethodDto'];
      /**
       * @description totals (default) or criterion by criterion.
       * @enum {string}
       */
      basis?: 'totals' | 'criteria';
      /** @default 2 */
      decimals: number;
      /** @description Applied in order to equal rounded scores. */
      tieBreaks?: components['schemas']['TieBreakDto'][];
      /** @description Flag entries whose judges’ totals spread more than this. */
      spreadLimit?: Record<string, never> | null;
      advancement?: components['schemas']['AdvancementDto'] | null;
      /** @description Weight in the category’s final standing. */
      standingWeight?: Record<string, never> | null;
      name?: string;
      /** @description Only before any score is entered. */
      criteria?: components['schemas']['CriterionDto'][];
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    UpdateEntryDto: {
      /** @description Only while entries are open. */
      members?: number[];
      organisationId?: number;
      title?: Record<string, never> | null;
      teamName?: Record<string, never> | null;
      localityId?: Record<string, never> | null;
      coachUserId?: Record<string, never> | null;
      clubId?: Record<string, never> | null;
      /**
       * @description `withdrawn` needs a reason; `active` reinstates.
       * @enum {string}
       */
      state?: 'active' | 'withdrawn';
      /** @description Why the entry is withdrawn. */
      withdrawReason?: string;
      /** @description The version read; a stale one answers 409. */
      version?: number;
    };
    PanelMemberView: {
      userId: number;
      fullName: string;
      /** @enum {string} */
      role: 'head' | 'deputy' | 'member' | 'secretary';
      absent: boolean;
      /** Format: date-time */
      submittedAt: string | null;
      submittedBy: number | null;
    };
    PanelConflictView: {
      userId: number;
      participantId: number;
      relation: string;
    };
    RecusalGroundView: {
      /** @enum {string} */
      reason: 'coaches_entry' | 'coaches_club' | 'coaches_member' | 'declared';
      /** @description The member concerned. */
      participantId: number | null;
      /** @description The declared relation. */
      relation: string | null;
    };
    RecusalView: {
      judgeId: number;
      entryId: number;
      /** @example A-007 */
      entryCode: string;
      grounds: components['schemas']['RecusalGroundView'][];
    };
    PanelView: {
      roundId: number;
      members: components['schemas']['PanelMemberView'][];
      /** @description Declared conflicts: organisers only. */
      conflicts: components['schemas']['PanelConflictView'][];
      /** @description Every recusal for organisers; a judge sees only their own. */
      recusals: components['schemas']['RecusalView'][];
    };
    PanelMemberInput: {
      /** @description A user holding the judge role (a secretary: judge or organiser). */
      userId: number;
      /**
       * @description At most one head and one deputy.
       * @enum {string}
       */
      role: 'head' | 'deputy' | 'member' | 'secretary';
      /**
       * @description Absent for the whole round: owes no marks.
       * @default false
       */
      absent: boolean;
    };
    PanelConflictInput: {
      /** @description A judge of the panel. */
      userId: number;
      participantId: number;
      /** @example cháu ruột */
      relation: string;
    };
    ReplacePanelDto: {
      members: components['schemas']['PanelMemberInput'][];
      /** @description Declared relations; replaces those on record (none when omitted). */
      conflicts?: components['schemas']['PanelConflictInput'][];
    };
    SheetJudgeView: {
      userId: number;
      fullName: string;
    };
    SheetCriterionView: {
      code: string;
      name: string;
      /** @example 0 */
      min: string;
      /** @example 10 */
      max: string;
      /** @example 0.25 */
      step: string;
      /** @example 1 */
      weight: string;
    };
    SheetMemberView: {
      participantId: number;
      fullName: string;
    };
    SheetCellView: {
      criterion: string;
      /** @example 8.25 */
      value: string;
      /** @description Send it back to change the cell. */
      version: number;
    };
    SheetEntryView: {
      entryId: number;
      /** @example A-007 */
      code: string;
      title: string | null;
      teamName: string | null;
      organisationName: string;
      members: components['schemas']['SheetMemberView'][];
      /** @description The judge has a conflict of interest and does not mark this entry. */
      recused: boolean;
      recusalGrounds: components['schemas']['RecusalGroundView'][];
      /** @description This judge’s marks only. */
      scores: components['schemas']['SheetCellView'][];
    };
    ScoreSheetView: {
      roundId: number;
      judge: components['schemas']['SheetJudgeView'];
      /**
       * @description locked: the round is locked.
       * @enum {string}
       */
      state: 'open' | 'submitted' | 'locked';
      absent: boolean;
      /** Format: date-time */
      submittedAt: string | null;
      submittedBy: number | null;
      criteria: components['schemas']['SheetCriterionView'][];
      /** @description Ordered by code. */
      entries: components['schemas']['SheetEntryView'][];
      /** @description Cells the judge must fill: entries not recused × criteria (0 if absent). */
      owed: number;
      /** @description How many of the owed cells are filled. */
      filled: number;
    };
    ScoreCellInput: {
      entryId: number;
      /** @description The criterion’s code in the round’s rubric. */
      criterion: string;
      /** @description A mark on the criterion’s scale (a decimal string is best); null clears the cell. */
      value: (string | number) | null;
      /** @description The version read; required to change a filled cell (a stale one answers 409). */
      version?: number;
    };
    EnterScoresDto: {
      /** @description Whose sheet: a secretary of the panel typing a judge’s paper sheet names the judge. */
      judgeId?: number;
      scores: components['schemas']['ScoreCellInput'][];
    };
    SheetOwnerDto: {
      /** @description Whose sheet, as for score entry. */
      judgeId?: number;
    };
    ReopenSheetDto: {
      /** @example Giám khảo nhập nhầm điểm tiết mục A-004 */
      reason: string;
    };
    UnlockRoundDto: {
      /** @example Cần nhập bổ sung phiếu chấm giấy của một giám khảo */
      reason?: string;
    };
    FlagConfirmationView: {
      spread: string;
      note: string | null;
      confirmedBy: number;
      /** Format: date-time */
      confirmedAt: string;
    };
    FlagView: {
      entryId: number;
      /** @example A-007 */
      entryCode: string;
      /**
       * @description max − min of the counted judges’ totals.
       * @example 2.5
       */
      spread: string;
      /** @example 2 */
      limit: string;
      /** @description Confirmed by an organiser for this very spread. */
      confirmed: boolean;
      confirmation: components['schemas']['FlagConfirmationView'] | null;
    };
    FlagList: {
      items: components['schemas']['FlagView'][];
    };
    ConfirmFlagDto: {
      /** @example Đã trao đổi với hội đồng; giữ nguyên điểm */
      note?: string;
    };
    DeductionView: {
      id: number;
      entryId: number;
      /**
       * @description null once the entry no longer competes in the round (withdrawn).
       * @example A-007
       */
      entryCode: string | null;
      /** @enum {string} */
      kind: 'time_violation' | 'fall' | 'rule_breach' | 'disqualification' | 'other';
      /**
       * @description 0 for a disqualification.
       * @example 0.5
       */
      amount: string;
      reason: string;
      recordedBy: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      revokedAt: string | null;
      revokedBy: number | null;
      revokeReason: string | null;
    };
    DeductionList: {
      /** @description Oldest first, revoked ones included. */
      items: components['schemas']['DeductionView'][];
    };
    CreateDeductionDto: {
      entryId: number;
      /** @enum {string} */
      kind: 'time_violation' | 'fall' | 'rule_breach' | 'disqualification' | 'other';
      /** @description Points subtracted: above 0, at most 4 decimals; none for a disqualification. */
      amount?: string | number;
      /** @example Quá thời gian biểu diễn 45 giây */
      reason: string;
    };
    RevokeDeductionDto: {
      /** @example Ghi nhầm tiết mục */
      reason: string;
    };
    CorrectionView: {
      id: number;
      entryId: number;
      judgeId: number;
      criterion: string;
      /** @description null: the judge had not marked the cell. */
      valueBefore: string | null;
      valueAfter: string;
      reason: string;
      /** @description Made after publication: the results need a republish. */
      afterPublication: boolean;
      correctedBy: number;
      /** Format: date-time */
      createdAt: string;
    };
    CorrectionList: {
      /** @description Oldest first. */
      items: components['schemas']['CorrectionView'][];
    };
    CreateCorrectionDto: {
      entryId: number;
      judgeId: number;
      criterion: string;
      /** @description The new mark, on the criterion’s scale. */
      value: string | number;
      /** @example Biên bản hội đồng giám khảo số 3: giám khảo ghi nhầm 6.5 thành 5.6 */
      reason: string;
    };
    ResultsEvent: {
      id: number;
      name: string;
      kind: string;
      level: string;
      state: string;
      startDate: string;
      endDate: string;
      venue: string | null;
    };
    ResultsCategory: {
      id: number;
      code: string;
      name: string;
      /** @enum {string} */
      format: 'individual' | 'team';
    };
    ResultsRound: {
      id: number;
      name: string;
      position: number;
      /** @enum {string} */
      state: 'open' | 'locked';
      /** @description The latest publication; 0 before the first. */
      publishedVersion: number;
      /** @description A correction was made after the latest publication. */
      changedSincePublication: boolean;
      /** @description The live results differ from the latest publication (null when never published, or when showing a publication). */
      differsFromPublished: boolean | null;
    };
    SnapshotMeta: {
      version: number;
      /** Format: date-time */
      publishedAt: string;
      publishedBy: number;
      publisherName: string;
      reason: string | null;
    };
    ResultsMember: {
      participantId: number;
      /** @description As it is now; empty once the participant is anonymised. */
      fullName: string;
    };
    ResultsFlag: {
      /** @enum {string} */
      kind: 'disagreement';
      spread: string;
      limit: string;
      /** @description Confirmed by an organiser for this very spread. */
      confirmed: boolean;
    };
    ResultsEntry: {
      entryId: number;
      /** @example A-007 */
      code: string;
      title: string | null;
      teamName: string | null;
      organisationName: string;
      localityName: string | null;
      members: components['schemas']['ResultsMember'][];
      /** @enum {string} */
      status: 'ranked' | 'disqualified' | 'unscored';
      /** @example 8.75 */
      finalScore: string | null;
      rank: number | null;
      prize: string | null;
      advances: boolean;
      flags: components['schemas']['ResultsFlag'][];
      /** @description The engine’s breakdown: judges’ lines (with userId, fullName, role and, when recused, recusalGrounds), the panel’s aggregation with used and dropped marks (judges named), criterion panel values, deductions, rounding, tie-break decisions (opponents with their codes), tiedWith and tiedWithCodes. */
      breakdown: Record<string, never>;
    };
    MissingScoresEntry: {
      entryId: number;
      code: string;
      criteria: string[];
    };
    MissingScores: {
      judgeId: number;
      fullName: string;
      entries: components['schemas']['MissingScoresEntry'][];
    };
    ReadinessView: {
      canPublish: boolean;
      /** @description Each {kind, …}: event_state {state}, round_not_locked, no_entries, no_judges, sheet_not_submitted {judgeId, fullName}, scores_missing {judges, cells}, unconfirmed_flag {entryId, code, spread, limit}. */
      blockers: Record<string, never>[];
    };
    PublicationListItem: {
      version: number;
      /** Format: date-time */
      publishedAt: string;
      publishedBy: number;
      publisherName: string;
      reason: string | null;
    };
    RoundResultsView: {
      event: components['schemas']['ResultsEvent'];
      category: components['schemas']['ResultsCategory'];
      round: components['schemas']['ResultsRound'];
      /** @description The publication shown (with ?version=N); null for the live preview. */
      snapshot: components['schemas']['SnapshotMeta'] | null;
      /** @description No score is missing. */
      complete: boolean;
      /** @description Ranked entries by rank, then the unranked. */
      entries: components['schemas']['ResultsEntry'][];
      missingScores: components['schemas']['MissingScores'][];
      /** @description With the normalised method: each judge’s mean and spread. */
      normalisation: Record<string, never>[];
      /** @description Null when showing a publication. */
      readiness: components['schemas']['ReadinessView'] | null;
      /** @description Newest first. */
      publications: components['schemas']['PublicationListItem'][];
    };
    PublishDto: {
      /**
       * @description Why the results are published again; required when they changed since the last publication.
       * @example Sửa điểm giám khảo số 2 do nhập nhầm
       */
      reason?: string;
    };
    PublicationView: {
      roundId: number;
      version: number;
      /** Format: date-time */
      publishedAt: string;
      /** @description The user id of who published. */
      publishedBy: number;
      reason: string | null;
    };
    PublicationList: {
      /** @description Newest first. */
      items: components['schemas']['PublicationListItem'][];
    };
    AdvanceDto: {
      /** @description A category of a next-level event, open for entries: entries are created there. Omitted: the next round of the same category. */
      targetCategoryId?: number;
    };
    AdvanceTarget: {
      /** @enum {string} */
      kind: 'round' | 'category';
      roundId?: number;
      categoryId?: number;
    };
    AdvancedEntry: {
      entryId: number;
      code: string;
      /** @description The entry created in the target category. */
      targetEntryId?: number;
      /** @description The created entry’s code. */
      targetCode?: string;
    };
    SkippedEntry: {
      entryId: number;
      code: string;
      /** @enum {string} */
      reason:
        | 'withdrawn'
        | 'already_advanced'
        | 'team_size'
        | 'anonymised'
        | 'member_already_entered'
        | 'outside_age_band'
        | 'consent_missing';
      /** @description The members concerned. */
      participantIds?: number[];
    };
    AdvanceView: {
      target: components['schemas']['AdvanceTarget'];
      advanced: components['schemas']['AdvancedEntry'][];
      skipped: components['schemas']['SkippedEntry'][];
    };
    PublicEvent: {
      id: number;
      name: string;
      /** @enum {string} */
      kind: 'contest' | 'festival' | 'playground';
      /** @enum {string} */
      level: 'grassroots' | 'district' | 'provincial' | 'national';
      startDate: string;
      endDate: string;
      venue: string | null;
    };
    PublicCategory: {
      code: string;
      name: string;
    };
    PublicRound: {
      name: string;
      position: number;
    };
    PublicEntry: {
      /** @description Null for a disqualified or unscored entry. */
      rank: number | null;
      /** @example A-007 */
      code: string;
      /** @description The participant’s name only with their publication consents on record (a team: its name, else all members’ names when all consent); else null. */
      name: string | null;
      title: string | null;
      /** @description The unit the entry represents. */
      unit: string;
      locality: string | null;
      score: string | null;
      prize: string | null;
      advances: boolean;
    };
    PublicResultsView: {
      event: components['schemas']['PublicEvent'];
      category: components['schemas']['PublicCategory'];
      round: components['schemas']['PublicRound'];
      version: number;
      /** Format: date-time */
      publishedAt: string;
      /** @description A later publication corrected the first (version > 1). */
      corrected: boolean;
      /** @description Ranked entries by rank, then the disqualified and unscored ones (rank null). */
      entries: components['schemas']['PublicEntry'][];
    };
    StandingCategory: {
      id: number;
      code: string;
      name: string;
    };
    StandingRoundView: {
      roundId: number;
      name: string;
      position: number;
      /**
       * @description Relative weight: 10/20/70 weigh as 10 %, 20 %, 70 %.
       * @example 70
       */
      weight: string;
      /** @description The publication the standing is computed from. */
      version: number;
      /** Format: date-time */
      publishedAt: string;
    };
    StandingEntryView: {
      entryId: number;
      code: string;
      title: string | null;
      teamName: string | null;
      organisationName: string;
      localityName: string | null;
      members: components['schemas']['ResultsMember'][];
      /**
       * @description incomplete: no final score in a counted round (not reached, disqualified or unscored).
       * @enum {string}
       */
      status: 'ranked' | 'incomplete';
      finalScore: string | null;
      rank: number | null;
      prize: string | null;
      /** @description rounds: [{roundId, weight, score, contribution}], missingRounds, unroundedScore, tiedWith (entry ids). */
      breakdown: Record<string, never>;
    };
    CategoryStandingView: {
      category: components['schemas']['StandingCategory'];
      rounds: components['schemas']['StandingRoundView'][];
      /** @description Ranked entries by rank, then the incomplete ones. */
      entries: components['schemas']['StandingEntryView'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The acting user’s id. */
        actor?: number;
        /** @description The entity type: user, organisation, locality… */
        entity?: string;
        /** @description With `entity`: one record. */
        entityId?: string;
        action?: string;
        /** @description From this instant (ISO 8601; a date means its start, UTC). */
        from?: string;
        /** @description Before this instant (a date means its end, UTC). */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPage'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPair'];
        };
      };
      /** @description Too many failed attempts for this account or address; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPair'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MeController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeView'];
        };
      };
    };
  };
  MeController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The start of any word of the name, or of the e-mail; diacritics ignored. */
        q?: string;
        role?: 'admin' | 'organiser' | 'judge' | 'palace_staff' | 'coach' | 'viewer';
        /** @description Users holding a role at this organisation. */
        organisationId?: number;
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
    };
  };
  UsersController_grantRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantRoleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleView'];
        };
      };
    };
  };
  UsersController_revokeRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        roleId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  LocalitiesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Only the units valid on this date. */
        at?: string;
        level?: 'province' | 'district' | 'commune';
        kind?: 'province' | 'city' | 'town' | 'district' | 'ward' | 'commune' | 'township' | 'special_zone';
        parentId?: number;
        code?: string;
        /** @description The start of any word of the name; diacritics ignored ("dong" finds Đông). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocalityPage'];
        };
      };
    };
  };
  LocalitiesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLocalityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocalityDetail'];
        };
      };
    };
  };
  LocalitiesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocalityDetail'];
        };
      };
    };
  };
  LocalitiesController_delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  LocalitiesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLocalityDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LocalityDetail'];
        };
      };
    };
  };
  OrganisationsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The start of any word of the name; diacritics ignored. */
        q?: string;
        kind?: 'youth_union' | 'youth_federation' | 'young_pioneers' | 'palace' | 'school' | 'other';
        level?: 'provincial' | 'district' | 'commune' | 'grassroots';
        /** @description Direct children of this unit. */
        parentId?: number;
        localityId?: number;
        /** @description Only units active on this date. */
        activeOn?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationPage'];
        };
      };
    };
  };
  OrganisationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOrganisationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
    };
  };
  OrganisationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
    };
  };
  OrganisationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOrganisationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganisationView'];
        };
      };
    };
  };
  DisciplinesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The disciplines of this field. */
        parentId?: number;
        kind?: 'field' | 'discipline';
        active?: boolean;
        /** @description The start of any word of the name; diacritics ignored ("co vua" finds Cờ vua). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisciplinePage'];
        };
      };
    };
  };
  DisciplinesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDisciplineDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisciplineDetail'];
        };
      };
    };
  };
  DisciplinesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisciplineDetail'];
        };
      };
    };
  };
  DisciplinesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDisciplineDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DisciplineDetail'];
        };
      };
    };
  };
  ParticipantsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The start of any part of the name, without regard to case or accents: "duc", "van duc", "nguyen van d". */
        q?: string;
        /** @description Home locality. */
        localityId?: number;
        /** @description Registered by this unit or one below it. */
        organisationId?: number;
        /** @description Registered in this discipline (or, for a field, any of its disciplines). */
        disciplineId?: number;
        /** @description Age today at least (needs the right to see dates of birth). */
        ageMin?: number;
        /** @description Age today at most (needs the right to see dates of birth). */
        ageMax?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantPage'];
        };
      };
    };
  };
  ParticipantsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateParticipantDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
      /** @description duplicate_participant, with `existingId` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ParticipantsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
    };
  };
  ParticipantsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateParticipantDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
    };
  };
  ParticipantsController_consents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentView'][];
        };
      };
    };
  };
  ParticipantsController_recordConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordConsentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentView'];
        };
      };
    };
  };
  ParticipantsController_withdrawConsent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        consentId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawConsentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentView'];
        };
      };
    };
  };
  ParticipantsController_checkConsent: {
    parameters: {
      query: {
        purpose: 'club_membership' | 'event_entry' | 'publication' | 'shortlisting';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConsentCheckView'];
        };
      };
      /** @description consent_missing, with `missingConsents: [{kind, scope}]` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ParticipantsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ParticipantsController_anonymise: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantView'];
        };
      };
    };
  };
  ImportsController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
          organisationId: number;
        };
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportAccepted'];
        };
      };
    };
  };
  ImportsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportView'];
        };
      };
    };
  };
  ClubsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description The start of any word of the name; diacritics ignored. */
        q?: string;
        /** @description Run by this unit or one below it. */
        organisationId?: number;
        disciplineId?: number;
        kind?: 'club' | 'team' | 'group';
        /** @description Only clubs running on this date. */
        activeOn?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClubPage'];
        };
      };
    };
  };
  ClubsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClubDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClubView'];
        };
      };
    };
  };
  ClubsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClubView'];
        };
      };
    };
  };
  ClubsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClubDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClubView'];
        };
      };
    };
  };
  ClubsController_assignCoach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignCoachDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClubView'];
        };
      };
    };
  };
  ClubsController_removeCoach: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        userId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ClubsController_members: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description `all` includes past memberships. */
        status?: 'active' | 'all';
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipPage'];
        };
      };
    };
  };
  ClubsController_addMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipView'];
        };
      };
    };
  };
  ClubsController_memberCandidates: {
    parameters: {
      query: {
        page?: number;
        pageSize?: number;
        /** @description The start of any part of the name, without regard to case or accents. */
        q: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberCandidatePage'];
        };
      };
    };
  };
  ClubsController_leave: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        membershipId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LeaveClubDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MembershipView'];
        };
      };
    };
  };
  ClubsController_sessions: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        from?: string;
        to?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionPage'];
        };
      };
    };
  };
  ClubsController_createSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'];
        };
      };
    };
  };
  SessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionAttendanceView'];
        };
      };
    };
  };
  SessionsController_recordAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordAttendanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionAttendanceView'];
        };
      };
    };
  };
  RubricsController_list: {
    parameters: {
      query?: {
        /** @description Rubrics of this discipline (and of its field). */
        disciplineId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RubricView'][];
        };
      };
    };
  };
  RubricsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRubricDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RubricView'];
        };
      };
    };
  };
  RubricsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RubricView'];
        };
      };
    };
  };
  RubricsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRubricDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RubricView'];
        };
      };
    };
  };
  AssessmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAssessmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentView'];
        };
      };
    };
  };
  AssessmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentView'];
        };
      };
    };
  };
  AssessmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAssessmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentView'];
        };
      };
    };
  };
  ProgressController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ParticipantProgress'];
        };
      };
    };
  };
  TraineesController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TraineePage'];
        };
      };
    };
  };
  EventsController_list: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        /** @description Any word of the name starts with this; diacritics ignored. */
        q?: string;
        state?: 'draft' | 'open' | 'judging' | 'published' | 'archived';
        kind?: 'contest' | 'festival' | 'playground';
        level?: 'grassroots' | 'district' | 'provincial' | 'national';
        /** @description Organised by this unit or one below it. */
        organisationId?: number;
        /** @description Events ending on or after this day. */
        from?: string;
        /** @description Events starting on or before this day. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventPage'];
        };
      };
    };
  };
  EventsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventView'];
        };
      };
    };
  };
  EventsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventView'];
        };
      };
    };
  };
  EventsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEventDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventView'];
        };
      };
    };
  };
  EventsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EventView'];
        };
      };
    };
  };
  EventsController_categoriesOf: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryPage'];
        };
      };
    };
  };
  EventsController_createCategory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCategoryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryView'];
        };
      };
    };
  };
  CategoriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryView'];
        };
      };
    };
  };
  CategoriesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCategoryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryView'];
        };
      };
    };
  };
  CategoriesController_roundsOf: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundPage'];
        };
      };
    };
  };
  CategoriesController_createRound: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoundDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
    };
  };
  CategoriesController_entriesOf: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        state?: 'active' | 'withdrawn';
        /** @description Representing this unit or one below it. */
        organisationId?: number;
        /** @description Start of any word of the title, team name or a member’s name. */
        q?: string;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryPage'];
        };
      };
    };
  };
  CategoriesController_register: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEntryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryView'];
        };
      };
    };
  };
  CategoriesController_registerMany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkEntriesDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryListView'];
        };
      };
    };
  };
  RoundsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
    };
  };
  RoundsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoundDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
    };
  };
  EntriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryView'];
        };
      };
    };
  };
  EntriesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EntryView'];
        };
      };
    };
  };
  PanelsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PanelView'];
        };
      };
    };
  };
  PanelsController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplacePanelDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PanelView'];
        };
      };
    };
  };
  ScoreSheetsController_get: {
    parameters: {
      query?: {
        /** @description Whose sheet: required for a secretary of the panel or an organiser; a judge reads their own. */
        judgeId?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheetView'];
        };
      };
    };
  };
  ScoreSheetsController_enterScores: {
    parameters: {
      query?: never;
      header?: {
        /** @description 1–100 printable ASCII characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EnterScoresDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheetView'];
        };
      };
    };
  };
  ScoreSheetsController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SheetOwnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheetView'];
        };
      };
    };
  };
  ScoreSheetsController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        judgeId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenSheetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScoreSheetView'];
        };
      };
    };
  };
  RoundControlController_lock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
    };
  };
  RoundControlController_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnlockRoundDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundView'];
        };
      };
    };
  };
  RoundControlController_flags: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagList'];
        };
      };
    };
  };
  RoundControlController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        entryId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmFlagDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlagView'];
        };
      };
    };
  };
  AdjustmentsController_deductions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeductionList'];
        };
      };
    };
  };
  AdjustmentsController_recordDeduction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDeductionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeductionView'];
        };
      };
    };
  };
  AdjustmentsController_revokeDeduction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        deductionId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeDeductionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeductionView'];
        };
      };
    };
  };
  AdjustmentsController_corrections: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CorrectionList'];
        };
      };
    };
  };
  AdjustmentsController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCorrectionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CorrectionView'];
        };
      };
    };
  };
  RoundResultsController_preview: {
    parameters: {
      query?: {
        /** @description A publication’s version. */
        version?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoundResultsView'];
        };
      };
    };
  };
  RoundResultsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PublishDto'];
      };
    };
    responses: {
      /** @description Unchanged since the latest publication. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'];
        };
      };
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationView'];
        };
      };
      /** @description not_ready, with `blockers` (see the preview’s readiness) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoundResultsController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicationList'];
        };
      };
    };
  };
  RoundResultsController_advance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdvanceDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdvanceView'];
        };
      };
    };
  };
  PublicResultsController_get: {
    parameters: {
      query?: {
        /** @description A publication’s version. */
        version?: number;
      };
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicResultsView'];
        };
      };
    };
  };
  CategoryStandingController_standing: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CategoryStandingView'];
        };
      };
      /** @description not_ready: a counted round is not published (`blockers`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown;
        };
      };
      /** @description application/problem+json with the same `checks` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
