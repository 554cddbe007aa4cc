namespace Samenwerking.Web.Features.Arrangements.Editing;

public enum SaveProblem
{
    None,

    /// <summary>The input breaks a rule; the errors say which, per field.</summary>
    Invalid,

    /// <summary>Someone else saved the arrangement after the editor opened it.</summary>
    Conflict,

    /// <summary>The user may not change the register.</summary>
    Forbidden,

    NotFound,

    /// <summary>The database could not be reached, also after retrying; nothing was saved, the form keeps the input.</summary>
    Unavailable,
}
