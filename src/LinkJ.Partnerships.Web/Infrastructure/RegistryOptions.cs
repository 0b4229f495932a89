namespace LinkJ.Partnerships.Web.Infrastructure;

/// <summary>The "Registry" configuration section.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>Overrides the seed's choice of home organization (by slug). Empty keeps the stored one.</summary>
    public string? HomeOrganizationSlug { get; set; }

    /// <summary>An agreement whose end is this many days away or fewer is "ending soon".</summary>
    public int EndingSoonDays { get; set; } = 90;

    /// <summary>The time zone in which "today" is reckoned: the hub works in Tokyo.</summary>
    public string TimeZone { get; set; } = "Asia/Tokyo";

    /// <summary>Load the seed on start-up when it is missing.</summary>
    public bool SeedOnStartup { get; set; } = true;
}
