using Microsoft.AspNetCore.Identity;

namespace LinkJ.Partnerships.Web.Domain;

/// <summary>A staff account. Identity stores it beside the registry, in the same database.</summary>
public sealed class AppUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;

    public string? DisplayName { get; set; }

    /// <summary>When an admin disabled the account; a disabled account cannot sign in and its sessions end.</summary>
    public DateTime? DisabledAt { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The reminder digest this account asked for on its settings page; none until it asks.</summary>
    public DigestFrequency Digest { get; set; }

    /// <summary>The language of the account's e-mail ("en" or "ja"); null is English.</summary>
    public string? Language { get; set; }
}
