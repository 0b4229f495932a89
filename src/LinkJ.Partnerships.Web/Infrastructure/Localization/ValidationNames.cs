using System.Globalization;
using System.Resources;
using FluentValidation;

namespace LinkJ.Partnerships.Web.Infrastructure.Localization;

/// <summary>
/// FluentValidation writes its own messages in the reader's language ('タイトル' は空であってはなりません。), but names the
/// field by its property name. This names it by the resource of the same words ("EffectiveOn" → "Effective on"),
/// so a Japanese message does not carry an English field name; a property with no such resource keeps the default.
/// </summary>
public static class ValidationNames
{
    private static readonly ResourceManager Texts = new("LinkJ.Partnerships.Web.Resources.SharedResource", typeof(ValidationNames).Assembly);

    public static void UseResourceNames() =>
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : NameOf(member.Name);

    public static string? NameOf(string property)
    {
        var words = string.Concat(property.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return Texts.GetString(words, CultureInfo.CurrentUICulture);
    }
}
