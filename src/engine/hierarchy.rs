//! The reporting tree of a territory, indexed once: each post's sub-posts, the teams it leads,
//! the posts above it and its level. Metrics, operations, exercises and the org chart all ask
//! this one index rather than walking `reports_to` each in its own way.

use super::model::{ManagerIx, Role, ServiceIx, TeamIx, Territory};
use crate::engine::ordered;

/// The reporting tree of one territory, as it stood when built (build it again after a change).
#[derive(Clone, Debug, PartialEq)]
pub struct Hierarchy {
    /// Per post: the post it reports to, when that post exists.
    boss: Vec<Option<ManagerIx>>,
    roles: Vec<Role>,
    /// Per post: the posts reporting to it, in file order.
    children: Vec<Vec<ManagerIx>>,
    /// Per post: the teams it leads, in file order.
    teams_led: Vec<Vec<TeamIx>>,
    /// Posts from the top down (breadth first); posts caught in a loop are left out.
    top_down: Vec<ManagerIx>,
    /// Per post: 1 for a top post, one more per step down; 0 for a post caught in a loop.
    level: Vec<u32>,
}

impl Hierarchy {
    /// The index of `territory`'s reporting tree.
    pub fn of(territory: &Territory) -> Hierarchy {
        let n = territory.managers.len();
        let boss: Vec<Option<ManagerIx>> = territory
            .managers
            .iter()
            .map(|m| m.reports_to.filter(|b| b.index() < n))
            .collect();
        let mut children = vec![Vec::new(); n];
        for (m, above) in boss.iter().enumerate() {
            if let Some(above) = above {
                children[above.index()].push(ManagerIx::from_index(m));
            }
        }
        let mut teams_led = vec![Vec::new(); n];
        for (ix, team) in territory.teams.iter().enumerate() {
            if let Some(led) = teams_led.get_mut(team.manager.index()) {
                led.push(TeamIx::from_index(ix));
            }
        }
        let mut top_down: Vec<ManagerIx> = (0..n)
            .filter(|&m| territory.managers[m].reports_to.is_none())
            .map(ManagerIx::from_index)
            .collect();
        let mut next = 0;
        while next < top_down.len() {
            let m = top_down[next];
            top_down.extend_from_slice(&children[m.index()]);
            next += 1;
        }
        let mut level = vec![0u32; n];
        for &m in &top_down {
            level[m.index()] = boss[m.index()].map_or(1, |b| level[b.index()] + 1);
        }
        Hierarchy {
            boss,
            roles: territory.managers.iter().map(|m| m.role).collect(),
            children,
            teams_led,
            top_down,
            level,
        }
    }

    /// The posts reporting directly to `post`, in file order.
    pub fn children(&self, post: ManagerIx) -> &[ManagerIx] {
        self.children.get(post.index()).map_or(&[], Vec::as_slice)
    }

    /// The teams `post` leads directly, in file order.
    pub fn teams_led(&self, post: ManagerIx) -> &[TeamIx] {
        self.teams_led.get(post.index()).map_or(&[], Vec::as_slice)
    }

    /// The post `post` reports to, when there is one.
    pub fn boss(&self, post: ManagerIx) -> Option<ManagerIx> {
        self.boss.get(post.index()).copied().flatten()
    }

    /// 1 for a top post, one more per step down; 0 for a post caught in a reporting loop.
    pub fn level(&self, post: ManagerIx) -> u32 {
        self.level.get(post.index()).copied().unwrap_or(0)
    }

    /// The posts from the top down (breadth first), posts caught in a loop left out.
    pub fn top_down(&self) -> &[ManagerIx] {
        &self.top_down
    }

    /// `post` itself, then the post it reports to, and so on up to the top. A reporting loop
    /// cannot make it run forever: it stops after as many steps as there are posts.
    pub fn ancestors(&self, post: ManagerIx) -> impl Iterator<Item = ManagerIx> + '_ {
        let first = (post.index() < self.boss.len()).then_some(post);
        std::iter::successors(first, |&p| self.boss(p)).take(self.boss.len())
    }

    /// The nearest post of `role` at or above `post`.
    pub fn nearest(&self, post: ManagerIx, role: Role) -> Option<ManagerIx> {
        self.ancestors(post).find(|p| self.roles[p.index()] == role)
    }

    /// Whether `post` is `ancestor` or reports to it, directly or not.
    pub fn is_under(&self, post: ManagerIx, ancestor: ManagerIx) -> bool {
        self.ancestors(post).any(|p| p == ancestor)
    }

    /// The heads of a service: for each of its teams in order, the nearest post of role head
    /// above the team's manager, each once.
    pub fn heads_of(&self, territory: &Territory, service: ServiceIx) -> Vec<ManagerIx> {
        let mut heads = Vec::new();
        for team in territory.teams.iter().filter(|t| t.service == service) {
            if let Some(head) = self.nearest(team.manager, Role::Head) {
                if !heads.contains(&head) {
                    heads.push(head);
                }
            }
        }
        heads
    }

    /// Per post: the services of the teams under it at any depth (its own teams included), in
    /// service order.
    pub fn services_below(&self, territory: &Territory) -> Vec<Vec<ServiceIx>> {
        let mut below: Vec<Vec<ServiceIx>> = vec![Vec::new(); self.boss.len()];
        for team in &territory.teams {
            for post in self.ancestors(team.manager) {
                let services = &mut below[post.index()];
                if !services.contains(&team.service) {
                    services.push(team.service);
                }
            }
        }
        for services in &mut below {
            ordered::sort(services);
        }
        below
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Manager, Team};

    fn post(id: &str, role: Role, reports_to: Option<u32>) -> Manager {
        Manager {
            id: id.into(),
            name: String::new(),
            role,
            reports_to: reports_to.map(ManagerIx),
        }
    }

    fn team(manager: u32, service: u32) -> Team {
        Team {
            id: format!("t{manager}-{service}"),
            name: String::new(),
            service: ServiceIx(service),
            site: crate::engine::model::SiteIx(0),
            agents: 3,
            manager: ManagerIx(manager),
            crew: None,
        }
    }

    /// director ← head ← lead, and a pair of posts reporting to each other.
    fn territory() -> Territory {
        Territory {
            managers: vec![
                post("dir", Role::Director, None),
                post("head", Role::Head, Some(0)),
                post("lead", Role::Lead, Some(1)),
                post("loop-a", Role::Lead, Some(4)),
                post("loop-b", Role::Head, Some(3)),
            ],
            teams: vec![team(2, 1), team(2, 0), team(1, 1), team(3, 2)],
            ..Territory::default()
        }
    }

    #[test]
    fn children_teams_and_levels_follow_the_reporting_lines() {
        let t = territory();
        let h = Hierarchy::of(&t);
        assert_eq!(h.children(ManagerIx(0)), [ManagerIx(1)]);
        assert_eq!(h.teams_led(ManagerIx(2)), [TeamIx(0), TeamIx(1)]);
        assert_eq!(h.top_down(), [ManagerIx(0), ManagerIx(1), ManagerIx(2)]);
        let levels: Vec<u32> = (0..5).map(|m| h.level(ManagerIx(m))).collect();
        assert_eq!(levels, [1, 2, 3, 0, 0], "a loop has no level");
    }

    #[test]
    fn ancestors_start_at_the_post_and_stop_in_a_loop() {
        let h = Hierarchy::of(&territory());
        let up: Vec<ManagerIx> = h.ancestors(ManagerIx(2)).collect();
        assert_eq!(up, [ManagerIx(2), ManagerIx(1), ManagerIx(0)]);
        assert_eq!(
            h.ancestors(ManagerIx(3)).count(),
            5,
            "bounded by the number of posts"
        );
        assert_eq!(h.nearest(ManagerIx(2), Role::Head), Some(ManagerIx(1)));
        assert_eq!(h.nearest(ManagerIx(3), Role::Head), Some(ManagerIx(4)));
        assert_eq!(h.nearest(ManagerIx(0), Role::Head), None);
        assert!(h.is_under(ManagerIx(2), ManagerIx(0)));
        assert!(!h.is_under(ManagerIx(0), ManagerIx(2)));
    }

    #[test]
    fn services_below_gather_every_team_under_a_post_sorted() {
        let t = territory();
        let below = Hierarchy::of(&t).services_below(&t);
        assert_eq!(below[0], [ServiceIx(0), ServiceIx(1)]);
        assert_eq!(below[1], [ServiceIx(0), ServiceIx(1)]);
        assert_eq!(below[2], [ServiceIx(0), ServiceIx(1)]);
        assert_eq!(below[3], [ServiceIx(2)]);
        assert_eq!(below[4], [ServiceIx(2)]);
    }

    #[test]
    fn the_heads_of_a_service_are_the_nearest_heads_above_its_teams() {
        let t = territory();
        let h = Hierarchy::of(&t);
        assert_eq!(
            h.heads_of(&t, ServiceIx(1)),
            [ManagerIx(1)],
            "once, for two teams"
        );
        assert_eq!(h.heads_of(&t, ServiceIx(2)), [ManagerIx(4)]);
        assert!(h.heads_of(&t, ServiceIx(9)).is_empty());
    }
}
