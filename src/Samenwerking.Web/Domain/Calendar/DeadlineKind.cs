namespace Samenwerking.Web.Domain.Calendar;

/// <summary>What must happen by a deadline.</summary>
public enum DeadlineKind
{
    /// <summary>The bestuur sends the document to the councils.</summary>
    Toezending,

    /// <summary>The councils' zienswijze term ends.</summary>
    Zienswijze,

    /// <summary>The bestuur sends the adopted document to the supervisor (gedeputeerde staten or the minister).</summary>
    NaarToezicht,
}
