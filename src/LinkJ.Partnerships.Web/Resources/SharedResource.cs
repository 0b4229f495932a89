using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web;

/// <summary>Marker for SharedResource.resx: labels used on many pages, such as the names of enum values.</summary>
public sealed class SharedResource;

public static class SharedResourceExtensions
{
    private static readonly ConcurrentDictionary<Enum, string> Keys = new();

    /// <summary>The label of an enum value, from the key "TypeName.Value" (for example "AgreementType.Mou").</summary>
    public static string Label(this IStringLocalizer localizer, Enum value) =>
        localizer[Keys.GetOrAdd(value, v => $"{v.GetType().Name}.{v}")].Value;
}
