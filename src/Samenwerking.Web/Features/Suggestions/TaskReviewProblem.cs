namespace Samenwerking.Web.Features.Suggestions;

public enum TaskReviewProblem
{
    None,

    /// <summary>The user may not change the register.</summary>
    Forbidden,

    /// <summary>A suggestion changed or was decided after the reviewer saw it: nothing was saved.</summary>
    Stale,
}
