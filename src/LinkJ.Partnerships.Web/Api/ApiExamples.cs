using System.Text.Json;
using System.Text.Json.Nodes;

namespace LinkJ.Partnerships.Web.Api;

/// <summary>
/// The examples the OpenAPI document shows: an answer for each operation, written from the API's own records (so an
/// example cannot name a field the API does not have), a problem for each error, and a value for each parameter.
/// </summary>
public static class ApiExamples
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ApiCountry Denmark = new("DK", "Denmark");
    private static readonly ApiPartnerLinks EmbassyLinks = new("/api/v1/partners/royal-danish-embassy-tokyo", "/partners/royal-danish-embassy-tokyo");

    private static readonly ApiAgreement Agreement = new(
        new("Moc", "MOC"), "Memorandum of cooperation on life science", null, new DateOnly(2020, 11, 20),
        new ApiTerm(new("Duration", "Duration"), 3, new("Years", "Years")), new DateOnly(2023, 11, 20), new DateOnly(2023, 11, 19),
        new("ended", "Ended"), null,
        [new ApiParty("royal-danish-embassy-tokyo", "Royal Danish Embassy in Tokyo", null, new("Party", "Party"), true, EmbassyLinks)],
        [new ApiPerson("Peter Taksøe-Jensen", null, "Ambassador", new("Signatory", "Signatory"), "Royal Danish Embassy in Tokyo")],
        new ApiSource("LINK-J", "LINK-J signs MOC with the Royal Danish Embassy", new DateOnly(2020, 11, 20), "https://www.link-j.org/"));

    /// <summary>The 200 answer of each operation, by its name.</summary>
    public static JsonNode? AnswerOf(string? operation) => operation switch
    {
        "ListPartners" => Node(Page(new ApiPartnerSummary(
            "royal-danish-embassy-tokyo", "Royal Danish Embassy in Tokyo", null, Denmark, new("EmbassyOrGovernment", "Embassy or government"),
            [new("Moc", "MOC")], new DateOnly(2020, 11, 20), new("ended", "Ended"), EmbassyLinks))),
        "GetPartner" => Node(new ApiPartner(
            "royal-danish-embassy-tokyo", "Royal Danish Embassy in Tokyo", "Danish Embassy", null, new("EmbassyOrGovernment", "Embassy or government"),
            Denmark, "Tokyo", "https://japan.um.dk/", null, null, [Agreement with { Parties = [] , PartnerRole = new("Party", "Party") }], EmbassyLinks)),
        "ListAgreements" => Node(Page(Agreement)),
        "ListStaffAgreements" => Node(Page(new ApiStaffAgreement(
            12, "Memorandum of cooperation on life science", new("Moc", "MOC"), new("Internal", "Internal"), new DateOnly(2020, 11, 20),
            new DateOnly(2023, 11, 20), new DateOnly(2023, 11, 19), new("ended", "Ended"),
            [new ApiStaffParty(3, "Royal Danish Embassy in Tokyo", null, Denmark, false), new ApiStaffParty(1, "LINK-J", "一般社団法人ライフサイエンス・イノベーション・ネットワーク・ジャパン", new("JP", "Japan"), true)],
            "/staff/agreements/12"))),
        "ListStaffOrganizations" => Node(Page(new ApiStaffOrganization(
            3, "Royal Danish Embassy in Tokyo", null, new("EmbassyOrGovernment", "Embassy or government"), Denmark, false, 1, 0, "/staff/organizations/3"))),
        _ => null,
    };

    /// <summary>A problem details body for an error status.</summary>
    public static JsonNode? ProblemOf(int status) => status switch
    {
        400 => JsonNode.Parse("""
            {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1","title":"The query has values this API does not understand.","status":400,
             "errors":{"country":["Unknown country: use a two-letter ISO 3166-1 code such as JP or GB."]}}
            """),
        401 => JsonNode.Parse("""
            {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2","title":"Unauthorized","status":401,
             "detail":"The access token is unknown, revoked or expired, or its account is disabled. Create a new one on /account/tokens."}
            """),
        403 => JsonNode.Parse("""
            {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4","title":"Forbidden","status":403,"detail":"The token's account may not read the staff API."}
            """),
        404 => JsonNode.Parse("""
            {"type":"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5","title":"Not found","status":404,"detail":"No listed partner has this slug."}
            """),
        429 => JsonNode.Parse("""
            {"type":"https://www.rfc-editor.org/rfc/rfc6585#section-4","title":"Too many requests","status":429,"detail":"Too many requests from this address; try again in 42 seconds."}
            """),
        _ => null,
    };

    /// <summary>An example value for a query parameter, by operation and name.</summary>
    public static string? ParameterOf(bool staff, string name) => (staff, name) switch
    {
        (_, "q") => "cooperation",
        (false, "country") or (true, "country") => "DK",
        (false, "type") or (true, "type") => "Moc",
        (false, "kind") => "EmbassyOrGovernment",
        (false, "status") => "in-force",
        (true, "status") => "EndingSoon",
        (false, "sort") => "name",
        (true, "sort") => "Ends",
        (true, "visibility") => "Internal",
        (true, "from") => "2020",
        (true, "to") => "2026",
        (true, "scope") => "Home",
        (true, "endsFrom") => "2026-10-01",
        (true, "endsTo") => "2026-12-31",
        (true, "findings") => "true",
        (true, "archived") => "true",
        (true, "dir") => "desc",
        (_, "page") => "2",
        (_, "size") => "50",
        (_, "cursor") => ApiQuery.Cursor.For(2),
        (_, "slug") => "royal-danish-embassy-tokyo",
        (_, "lang") => "ja",
        _ => null,
    };

    private static ApiPage<T> Page<T>(T item) => new([item], 1, 25, ApiQuery.MaxPageSize, 1, 1, null, null);

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Json);
}
