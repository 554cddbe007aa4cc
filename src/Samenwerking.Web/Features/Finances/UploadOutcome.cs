namespace Samenwerking.Web.Features.Finances;

public enum UploadOutcome
{
    /// <summary>The changes are saved.</summary>
    Saved,

    /// <summary>The workbook holds what the register holds: there was nothing to save.</summary>
    Unchanged,

    /// <summary>The file, its layout or a cell is wrong: nothing is saved.</summary>
    Invalid,

    /// <summary>Somebody else changed a figure the user changed too, after the download: nothing is saved.</summary>
    Conflict,

    /// <summary>The user may not change the register.</summary>
    Forbidden,
}
