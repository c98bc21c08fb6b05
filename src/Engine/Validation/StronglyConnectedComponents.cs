namespace PlanWorkflows.Engine.Validation;

/// <summary>Tarjan's algorithm over a directed graph given as an adjacency map.</summary>
internal sealed class StronglyConnectedComponents
{
    private readonly IReadOnlyDictionary<string, List<string>> _edges;
    private readonly Dictionary<string, int> _index = [];
    private readonly Dictionary<string, int> _lowLink = [];
    private readonly Stack<string> _stack = new();
    private readonly HashSet<string> _onStack = [];
    private readonly List<IReadOnlyList<string>> _components = [];

    private StronglyConnectedComponents(IReadOnlyDictionary<string, List<string>> edges) => _edges = edges;

    public static IReadOnlyList<IReadOnlyList<string>> Find(IEnumerable<string> vertices, IReadOnlyDictionary<string, List<string>> edges)
    {
        var search = new StronglyConnectedComponents(edges);
        foreach (var vertex in vertices.Where(vertex => !search._index.ContainsKey(vertex)))
        {
            search.Visit(vertex);
        }

        return search._components;
    }

    private void Visit(string vertex)
    {
        _index[vertex] = _lowLink[vertex] = _index.Count;
        _stack.Push(vertex);
        _onStack.Add(vertex);
        foreach (var next in _edges.GetValueOrDefault(vertex) ?? [])
        {
            if (_index.TryGetValue(next, out var nextIndex))
            {
                if (_onStack.Contains(next))
                {
                    _lowLink[vertex] = Math.Min(_lowLink[vertex], nextIndex);
                }
            }
            else
            {
                Visit(next);
                _lowLink[vertex] = Math.Min(_lowLink[vertex], _lowLink[next]);
            }
        }

        if (_lowLink[vertex] == _index[vertex])
        {
            _components.Add(PopComponent(vertex));
        }
    }

    private List<string> PopComponent(string root)
    {
        var component = new List<string>();
        string member;
        do
        {
            member = _stack.Pop();
            _onStack.Remove(member);
            component.Add(member);
        }
        while (member != root);
        return component;
    }
}
