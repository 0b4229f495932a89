using System.Globalization;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Shared;
using LinkJ.Partnerships.Web.Pages.Staff.Agreements;
using Microsoft.AspNetCore.Mvc;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// <c>/api/v1/staff/agreements</c>'s query: the staff search's own parameters (<see cref="AgreementSearch"/>, the names
/// /staff/agreements puts in its links), bound as text and read strictly: a value that does not parse is a 400 naming
/// it, where the page would drop it and still show a list.
/// </summary>
public sealed record StaffAgreementParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "type")] string? Type,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "country")] string? Country,
    [FromQuery(Name = "visibility")] string? Visibility,
    [FromQuery(Name = "from")] string? From,
    [FromQuery(Name = "to")] string? To,
    [FromQuery(Name = "scope")] string? Scope,
    [FromQuery(Name = "endsFrom")] string? EndsFrom,
    [FromQuery(Name = "endsTo")] string? EndsTo,
    [FromQuery(Name = "findings")] string? Findings,
    [FromQuery(Name = "archived")] string? Archived,
    [FromQuery(Name = "sort")] string? Sort,
    [FromQuery(Name = "dir")] string? Dir,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size,
    [FromQuery(Name = "cursor")] string? Cursor)
{
    public static readonly IReadOnlyList<(string Name, string Description)> Descriptions =
    [
        ("q", "Words to find in titles, summaries, notes, parties' names and people's names; every word must match."),
        ("type", $"Agreement type: {string.Join(", ", Enum.GetNames<AgreementType>())}."),
        ("status", $"Status today: {string.Join(", ", Enum.GetNames<AgreementStatus>())} (or the status codes: upcoming, active, ending-soon, open-ended, ended, terminated)."),
        ("country", "Two-letter ISO 3166-1 country code of a partner (a party other than the home organization)."),
        ("visibility", "Public or Internal."),
        ("from", "Effective in this year or later (1900 to 2100)."),
        ("to", "Effective in this year or earlier."),
        ("scope", "Home: the home organization is a party; Ecosystem: it is not."),
        ("endsFrom", "End date (the first day no longer in force) on or after this day, yyyy-MM-dd."),
        ("endsTo", "End date on or before this day, yyyy-MM-dd."),
        ("findings", "true: only agreements named by an open data-quality finding."),
        ("archived", "true: only archived agreements (left out otherwise)."),
        ("sort", $"Sort column: {string.Join(", ", Enum.GetNames<AgreementSort>())} (default Effective)."),
        ("dir", "asc or desc; without it the latest effective date comes first and other columns ascend."),
        ("page", "Page number from 1 (default 1)."),
        ("size", $"Page size from 1 to {Paging.MaxPageSize} (default {Paging.DefaultPageSize})."),
        ("cursor", "The nextCursor of a previous answer, instead of page."),
    ];

    /// <summary>The search, or the errors by parameter name; the search's own validator runs after this.</summary>
    public (AgreementSearch Search, int Page, int Size, Dictionary<string, string[]> Errors) Read()
    {
        var errors = new Dictionary<string, string[]>();
        var search = new AgreementSearch
        {
            Query = Q,
            Type = EnumOf<AgreementType>("type", Type, errors),
            Status = StatusOf(Status, errors),
            Country = Country,
            Visibility = EnumOf<Visibility>("visibility", Visibility, errors),
            FromYear = IntOf("from", From, errors),
            ToYear = IntOf("to", To, errors),
            Scope = EnumOf<AgreementScope>("scope", Scope, errors),
            EndsFrom = DateOf("endsFrom", EndsFrom, errors),
            EndsTo = DateOf("endsTo", EndsTo, errors),
            WithFindings = BoolOf("findings", Findings, errors),
            Archived = BoolOf("archived", Archived, errors),
            Sort = EnumOf<AgreementSort>("sort", Sort, errors) ?? AgreementSort.Effective,
            Direction = string.IsNullOrEmpty(Dir) ? null : Dir,
        };
        var (page, size) = PagingOf(Page, Cursor, Size, errors);
        return (search, page, size, errors);
    }

    /// <summary>Page (or cursor) and size, read as the public API reads them.</summary>
    public static (int Page, int Size) PagingOf(string? page, string? cursor, string? size, Dictionary<string, string[]> errors) =>
        (ApiQuery.PageOf(IntOf("page", page, errors), cursor, errors), ApiQuery.SizeOf(IntOf("size", size, errors), errors));

    private static T? EnumOf<T>(string name, string? value, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // Names only: Enum.TryParse would also take "3" or "1,2".
        var match = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            errors[name] = [$"Unknown value; one of {string.Join(", ", Enum.GetNames<T>())}."];
            return null;
        }

        return Enum.Parse<T>(match);
    }

    private static AgreementStatus? StatusOf(string? value, Dictionary<string, string[]> errors)
    {
        foreach (var status in Enum.GetValues<AgreementStatus>())
        {
            if (ApiLabels.StatusCode(status) == value)
            {
                return status;
            }
        }

        return EnumOf<AgreementStatus>("status", value, errors);
    }

    private static int? IntOf(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors[name] = ["A whole number."];
        return null;
    }

    private static DateOnly? DateOf(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = ["A day as yyyy-MM-dd."];
        return null;
    }

    internal static bool? BoolOf(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        errors[name] = ["true or false."];
        return null;
    }
}

/// <summary><c>/api/v1/staff/organizations</c>'s query: the staff organization list's words, page and size.</summary>
public sealed record StaffOrganizationParameters(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "archived")] string? Archived,
    [FromQuery(Name = "page")] string? Page,
    [FromQuery(Name = "size")] string? Size,
    [FromQuery(Name = "cursor")] string? Cursor)
{
    public static readonly IReadOnlyList<(string Name, string Description)> Descriptions =
    [
        ("q", "Words to find in organization names (short and local names too); every word must match."),
        ("archived", "true: only archived organizations (left out otherwise)."),
        ("page", "Page number from 1 (default 1)."),
        ("size", $"Page size from 1 to {Paging.MaxPageSize} (default {Paging.DefaultPageSize})."),
        ("cursor", "The nextCursor of a previous answer, instead of page."),
    ];

    public (int Page, int Size, bool Archived, Dictionary<string, string[]> Errors) Read()
    {
        var errors = new Dictionary<string, string[]>();
        var archived = StaffAgreementParameters.BoolOf("archived", Archived, errors) == true;
        if (Q is { Length: > Pages.Staff.Organizations.OrganizationList.QueryMaxLength })
        {
            errors["q"] = [$"Search for at most {Pages.Staff.Organizations.OrganizationList.QueryMaxLength} characters."];
        }

        var (page, size) = StaffAgreementParameters.PagingOf(Page, Cursor, Size, errors);
        return (page, size, archived, errors);
    }
}
