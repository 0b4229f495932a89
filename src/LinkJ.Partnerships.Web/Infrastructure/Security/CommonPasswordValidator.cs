using System.Collections.Frozen;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Refuses passwords that are long enough but still guessed first (ASVS 5 §6.2.4 and §6.2.11): a well-known
/// password, a word from this registry's context padded with digits and symbols, one repeated character, a
/// sequence, or the account's own email name. See docs/decisions/005-password-policy.md.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<SharedResource> s) : IPasswordValidator<AppUser>
{
    /// <summary>Common passwords of 12 or more characters, compared in lower case with spaces removed.</summary>
    private static readonly FrozenSet<string> Common = new[]
    {
        "123456789012", "1234567890123", "12345678901234", "123456789012345", "1234567890qwerty", "qwertyuiop12",
        "qwertyuiopasdf", "qwertyuiopasdfghjkl", "1q2w3e4r5t6y", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "zaq12wsxcde3",
        "qazwsxedcrfv", "asdfghjkl123", "password1234", "password12345", "password123456", "passwordpassword",
        "password123!", "password1234!", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "iloveyou1234", "iloveyouiloveyou",
        "welcome12345", "welcome@1234", "letmein12345", "changeme1234", "administrator", "administrator1",
        "adminadmin12", "admin1234567", "abc123abc123", "abcdefghijkl", "abcdefghijklm", "abcd1234abcd", "aaaaaaaaaaaa",
        "qwertyqwerty", "monkeymonkey", "football1234", "baseball1234", "sunshine1234", "princess1234", "trustno1trustno1",
        "superman1234", "starwars1234", "dragon123456", "michael12345", "whatever1234", "0987654321qwerty", "987654321012",
        "111111111111", "000000000000", "121212121212", "123123123123", "112233445566", "147258369123", "qweasdzxc123",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words an attacker tries first here; a password that is one of them plus digits or symbols is refused.</summary>
    private static readonly FrozenSet<string> ContextWords = new[]
    {
        "linkj", "lifescience", "lifescienceinnovationnetworkjapan", "partnership", "partnerships", "registry",
        "partnershipregistry", "nihonbashi", "tokyo", "japan", "password", "passwort", "admin", "administrator",
        "staff", "welcome", "letmein", "qwerty", "iloveyou", "changeme", "secret", "login", "user",
    }.ToFrozenSet(StringComparer.Ordinal);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var squeezed = new string(password.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var letters = new string(squeezed.Where(char.IsLetter).ToArray());
        var emailName = user.Email?.Split('@')[0].ToLowerInvariant() ?? string.Empty;
        var weak = Common.Contains(squeezed)
            || ContextWords.Contains(letters)
            || squeezed.Distinct().Count() == 1
            || IsSequence(squeezed)
            || (emailName.Length >= 4 && squeezed.Contains(emailName, StringComparison.Ordinal));
        return Task.FromResult(weak
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = s["This password is too easy to guess. Try a few unrelated words."] })
            : IdentityResult.Success);
    }

    private static bool IsSequence(string text) =>
        text.Length > 1 && Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == 1)
        || text.Length > 1 && Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == -1);
}
