using Microsoft.AspNetCore.Mvc;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The list endpoints' query parameters, the directory's own. Bound as plain text and then read by
/// <see cref="ApiQuery"/> through the directory's parser, so a bad value is a problem details answer, never a binding error.
/// </summary>
public sealed record ListParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "kind")] string? Kind,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size,
    [FromQuery(Name = "cursor")] string? Cursor)
{
    /// <summary>
    /// What each parameter means, written into the OpenAPI document and onto /api/docs. (Not as [Description]
    /// attributes: the OpenAPI generator fails on those inside [AsParameters] records.)
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Descriptions =
    [
        ("q", "Words to find in partner names and public agreement titles; every word must match."),
        ("country", "Two-letter ISO 3166-1 country code of a partner, for example GB."),
        ("type", $"Agreement type: {string.Join(", ", Enum.GetNames<Domain.AgreementType>())}."),
        ("kind", $"Organization kind: {string.Join(", ", Enum.GetNames<Domain.OrganizationKind>())}."),
        ("status", "in-force or ended. On partners: one of its agreements in force (none in force, for ended); with type, the same agreement. On agreements: the agreement itself."),
        ("sort", "Partners: name (default), country, first-agreement, newest. Agreements are always newest first."),
        ("page", "Page number from 1 (default 1)."),
        ("size", $"Page size from 1 to {ApiQuery.MaxPageSize} (default 25)."),
        ("cursor", "The nextCursor of a previous answer, instead of page."),
    ];
}
