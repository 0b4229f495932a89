namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// The registry's public address, <c>Registry:PublicBaseUrl</c> (e.g. https://registry.link-j.org). Absolute links
/// (canonical and og:url, and later hreflang, e-mail and calendar links) are built from it, never from the request's
/// Host header, which any client chooses. When it is set, only its host is served (<c>AllowedHosts</c>; 400
/// otherwise). Without it, canonical links are relative and og:url is left out.
/// </summary>
public sealed class PublicAddress(Uri? baseUrl)
{
    public const string Setting = "Registry:PublicBaseUrl";

    public Uri? BaseUrl { get; } = baseUrl;

    /// <summary>The address of <paramref name="pathAndQuery"/> ("/partners?country=JP"): absolute when the public address is known.</summary>
    public string Link(string pathAndQuery) =>
        BaseUrl is null ? pathAndQuery : BaseUrl.GetLeftPart(UriPartial.Authority) + BaseUrl.AbsolutePath.TrimEnd('/') + pathAndQuery;

    public bool IsAbsolute => BaseUrl is not null;

    /// <summary>A redirect to a page of this site as a path: the browser resolves it against the address it asked for.</summary>
    public static string Relative(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri;
}
