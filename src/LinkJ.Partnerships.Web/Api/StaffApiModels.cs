namespace LinkJ.Partnerships.Web.Api;

// What the staff API answers: the staff lists' rows, internal agreements included, as JSON with camelCase names.

/// <summary>A party as the staff lists name it; <see cref="IsHome"/> marks the home organization (LINK-J).</summary>
public sealed record ApiStaffParty(int Id, string Name, string? LocalName, ApiCountry? Country, bool IsHome);

/// <summary>An agreement as /staff/agreements lists it; <see cref="Page"/> is its staff page.</summary>
public sealed record ApiStaffAgreement(
    int Id, string Title, CodeLabel Type, CodeLabel Visibility, DateOnly EffectiveOn, DateOnly? EndsOn, DateOnly? LastDayInForce,
    CodeLabel Status, IReadOnlyList<ApiStaffParty> Parties, string Page);

/// <summary>An organization as /staff/organizations lists it, with its agreements counted (internal ones too).</summary>
public sealed record ApiStaffOrganization(
    int Id, string Name, string? LocalName, CodeLabel Kind, ApiCountry? Country, bool IsHome, int Agreements, int InForce, string Page);
