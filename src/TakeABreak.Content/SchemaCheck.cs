namespace TakeABreak.Content;

/// <summary>Whether content files are checked against their JSON schemas while they are read.</summary>
public enum SchemaCheck
{
    /// <summary>Every file is checked against its schema: always, unless the very same content passed before.</summary>
    Run,

    /// <summary>
    /// The files are byte for byte those that passed the same schema checks before (<see cref="ContentStamp"/>), so the
    /// schema step is left out; every other check still runs.
    /// </summary>
    AlreadyPassed,
}
