namespace LinkJ.Partnerships.Tests.Admin;

/// <summary>The fields of a valid new agreement, as the admin form posts them.</summary>
public static class AgreementForms
{
    public const string Home = "Life Science Innovation Network Japan";
    public const string Medicen = "Medicen Paris Region";

    public static Dictionary<string, string> Valid(string title = "MOU with Medicen on joint programmes") => new()
    {
        ["Input.Type"] = "Mou",
        ["Input.Title"] = title,
        ["Input.Summary"] = "Joint programmes for start-ups.",
        ["Input.Parties[0].Organization"] = Home,
        ["Input.Parties[0].Role"] = "Party",
        ["Input.Parties[1].Organization"] = Medicen,
        ["Input.Parties[1].Role"] = "Party",
        ["Input.People[0].Name"] = "Akihiko Soyama",
        ["Input.People[0].Title"] = "Chairman",
        ["Input.People[0].Party"] = Home,
        ["Input.People[0].Role"] = "Signatory",
        ["Input.People[1].Name"] = "Claire Martin",
        ["Input.People[1].Title"] = "Managing Director",
        ["Input.People[1].Party"] = Medicen,
        ["Input.People[1].Role"] = "Signatory",
        ["Input.EffectiveOn"] = "2026-12-01",
        ["Input.TermKind"] = "Duration",
        ["Input.TermLength"] = "5",
        ["Input.TermUnit"] = "Years",
        ["Input.Visibility"] = "Public",
        ["Input.PartnerOrdinal"] = "17",
        ["Input.SourcePublisher"] = "LINK-J",
        ["Input.SourceTitle"] = "LINK-J renews its MOU",
        ["Input.SourcePublishedOn"] = "2026-12-02",
        ["Input.SourceUrl"] = "https://www.link-j.org/en/news/example",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, params (string Key, string Value)[] changes)
    {
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return fields;
    }
}
