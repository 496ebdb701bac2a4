using System.Globalization;
using System.Text;

namespace TakeABreak.Deployment.Tests.Arm;

/// <summary>A parsed ARM template language expression (the text between <c>[</c> and <c>]</c>).</summary>
public abstract record ArmExpression(string Text)
{
    public static ArmExpression Parse(string text) => new Parser(text).ParseAll();

    private sealed class Parser(string text)
    {
        private int _position;

        public ArmExpression ParseAll()
        {
            var expression = ParseExpression();
            SkipWhitespace();
            if (_position != text.Length)
            {
                throw Error("unexpected text after the expression");
            }

            return expression;
        }

        private ArmExpression ParseExpression()
        {
            SkipWhitespace();
            var start = _position;
            var expression = ParsePrimary();
            while (true)
            {
                SkipWhitespace();
                if (Peek('.'))
                {
                    _position++;
                    var name = ParseIdentifier();
                    expression = new ArmMember(expression, name, Slice(start));
                }
                else if (Peek('['))
                {
                    _position++;
                    var index = ParseExpression();
                    Expect(']');
                    expression = new ArmIndex(expression, index, Slice(start));
                }
                else
                {
                    return expression;
                }
            }
        }

        private ArmExpression ParsePrimary()
        {
            var start = _position;
            if (Peek('\''))
            {
                return new ArmLiteral(ParseString(), Slice(start));
            }

            if (_position < text.Length && (char.IsDigit(text[_position]) || text[_position] == '-'))
            {
                _position++;
                while (_position < text.Length && char.IsDigit(text[_position]))
                {
                    _position++;
                }

                return new ArmLiteral(long.Parse(Slice(start), CultureInfo.InvariantCulture), Slice(start));
            }

            var name = ParseIdentifier();
            SkipWhitespace();
            Expect('(');
            var arguments = new List<ArmExpression>();
            SkipWhitespace();
            if (!Peek(')'))
            {
                do
                {
                    arguments.Add(ParseExpression());
                    SkipWhitespace();
                }
                while (TryConsume(','));
            }

            Expect(')');
            return new ArmCall(name, arguments, Slice(start));
        }

        private string ParseString()
        {
            Expect('\'');
            var value = new StringBuilder();
            while (true)
            {
                if (_position >= text.Length)
                {
                    throw Error("unterminated string");
                }

                var c = text[_position++];
                if (c != '\'')
                {
                    value.Append(c);
                }
                else if (Peek('\''))
                {
                    value.Append('\'');
                    _position++;
                }
                else
                {
                    return value.ToString();
                }
            }
        }

        private string ParseIdentifier()
        {
            SkipWhitespace();
            var start = _position;
            while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '_' or '$'))
            {
                _position++;
            }

            return _position > start ? Slice(start) : throw Error("expected a name");
        }

        private string Slice(int start) => text[start.._position].Trim();

        private bool Peek(char c) => _position < text.Length && text[_position] == c;

        private bool TryConsume(char c)
        {
            SkipWhitespace();
            if (!Peek(c))
            {
                return false;
            }

            _position++;
            return true;
        }

        private void Expect(char c)
        {
            SkipWhitespace();
            if (!Peek(c))
            {
                throw Error($"expected '{c}'");
            }

            _position++;
        }

        private void SkipWhitespace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        private FormatException Error(string problem) =>
            new($"ARM expression '{text}': {problem} at position {_position}.");
    }
}

public sealed record ArmLiteral(object Value, string Text) : ArmExpression(Text);

public sealed record ArmCall(string Name, IReadOnlyList<ArmExpression> Arguments, string Text) : ArmExpression(Text);

public sealed record ArmMember(ArmExpression Target, string Name, string Text) : ArmExpression(Text);

public sealed record ArmIndex(ArmExpression Target, ArmExpression Index, string Text) : ArmExpression(Text);
