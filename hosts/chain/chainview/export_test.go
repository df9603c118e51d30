package chainview

// cachedAgents is the number of agent entries (registered or not) held.
func cachedAgents(v *View) int {
	a, u, _ := v.Len()
	return a + u
}
