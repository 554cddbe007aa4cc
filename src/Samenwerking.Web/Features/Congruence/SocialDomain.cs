namespace Samenwerking.Web.Features.Congruence;

/// <summary>
/// The three themes of the social domain that congruence policy is about, by BBV taakveld: an arrangement belongs to a
/// theme for a municipality when the municipality placed a task of that taakveld there.
/// </summary>
public static class SocialDomain
{
    public static readonly IReadOnlyList<(string Theme, string[] Taakvelden)> Themes =
    [
        ("jeugd", ["6.72", "6.82"]),
        ("Wmo", ["6.6", "6.71", "6.81"]),
        ("werk en inkomen", ["6.3", "6.4", "6.5"]),
    ];

    /// <summary>The theme of a taakveld, or null outside the three themes.</summary>
    public static string? ThemeOf(string taakveld) =>
        Themes.FirstOrDefault(t => t.Taakvelden.Contains(taakveld)).Theme;
}
