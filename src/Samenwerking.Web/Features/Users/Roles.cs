namespace Samenwerking.Web.Features.Users;

/// <summary>The roles of the register. Reading needs none: anyone may inspect the register (Wgr art. 27).</summary>
public static class Roles
{
    /// <summary>Manages users and everything in the register.</summary>
    public const string Beheerder = "beheerder";

    /// <summary>Registers and edits arrangements.</summary>
    public const string Redacteur = "redacteur";

    /// <summary>For <c>[Authorize(Roles = …)]</c>: who may change the register.</summary>
    public const string Editors = Beheerder + "," + Redacteur;

    public static readonly IReadOnlyList<string> All = [Beheerder, Redacteur];

    public static string Label(string role) => role switch
    {
        Beheerder => "Beheerder",
        Redacteur => "Redacteur",
        _ => role,
    };
}
