using LinkJ.Partnerships.Web.Domain;

namespace LinkJ.Partnerships.Web.Data.Generation;

/// <summary>Keeps generated names and slugs unique, as the unique indexes on organizations demand.</summary>
internal sealed class OrganizationNames(IEnumerable<string> normalizedNames, IEnumerable<string> slugs)
{
    private readonly HashSet<string> _names = [.. normalizedNames];
    private readonly HashSet<string> _slugs = [.. slugs];

    public bool IsTaken(string name) => _names.Contains(Names.Normalize(name));

    /// <summary>The name, numbered when it is taken, and a free slug for it.</summary>
    public (string Name, string Slug) Claim(string name)
    {
        var unique = name;
        for (var n = 2; !_names.Add(Names.Normalize(unique)); n++)
        {
            unique = $"{name} {n}";
        }

        var baseSlug = Slug.From(unique);
        var slug = baseSlug;
        for (var n = 2; !_slugs.Add(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return (unique, slug);
    }
}
