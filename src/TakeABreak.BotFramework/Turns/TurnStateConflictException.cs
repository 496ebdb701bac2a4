namespace TakeABreak.BotFramework.Turns;

/// <summary>
/// Another turn of the same conversation (on another host) saved the conversation's state first. The adapter drops
/// what this turn held back and runs it again from a fresh read, so nothing of the lost attempt ever reached anyone.
/// </summary>
public class TurnStateConflictException(string message) : Exception(message);
