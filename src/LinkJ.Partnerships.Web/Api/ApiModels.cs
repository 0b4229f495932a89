namespace LinkJ.Partnerships.Web.Api;

// What the public API answers, written as JSON with camelCase names. Dates are ISO 8601 days ("2026-04-01");
// every coded value is a stable code (the one the filters take) with a label in the request's language.

/// <summary>A stable code and its label, for example <c>{"code": "ending-soon", "label": "Ending soon"}</c>.</summary>
public sealed record CodeLabel(string Code, string Label);

public sealed record ApiCountry(string Code, string Name);

public sealed record ApiPage<T>(
    IReadOnlyList<T> Items, int Page, int PageSize, int MaxPageSize, int TotalCount, int PageCount, string? Next, string? NextCursor);

public sealed record ApiPartnerLinks(string Self, string Profile);

/// <summary>A row of the directory.</summary>
public sealed record ApiPartnerSummary(
    string Slug, string Name, string? LocalName, ApiCountry? Country, CodeLabel Kind, IReadOnlyList<CodeLabel> AgreementTypes,
    DateOnly FirstAgreementOn, CodeLabel Status, ApiPartnerLinks Links);

/// <summary>A partner's profile.</summary>
public sealed record ApiPartner(
    string Slug, string Name, string? ShortName, string? LocalName, CodeLabel Kind, ApiCountry? Country, string? City, string? Website,
    string? Description, ApiParty? Parent, IReadOnlyList<ApiAgreement> Agreements, ApiPartnerLinks Links);

/// <summary>An organization named with an agreement; only a listed partner has a slug and links.</summary>
public sealed record ApiParty(string? Slug, string Name, string? LocalName, CodeLabel? Role, bool Listed, ApiPartnerLinks? Links);

public sealed record ApiPerson(string Name, string? LocalName, string? Title, CodeLabel Role, string ActingFor);

public sealed record ApiTerm(CodeLabel Kind, int? Length, CodeLabel? Unit);

public sealed record ApiSource(string? Publisher, string? Title, DateOnly? PublishedOn, string? Url);

/// <summary>
/// A public agreement. On a partner, <see cref="Parties"/> are the other parties and <see cref="PartnerRole"/> is the
/// partner's own role; in the agreements list, <see cref="Parties"/> are all of them and <see cref="PartnerRole"/> is null.
/// </summary>
public sealed record ApiAgreement(
    CodeLabel Type, string Title, string? Summary, DateOnly EffectiveOn, ApiTerm Term, DateOnly? EndsOn, DateOnly? LastDayInForce,
    CodeLabel Status, CodeLabel? PartnerRole, IReadOnlyList<ApiParty> Parties, IReadOnlyList<ApiPerson> People, ApiSource Source);
