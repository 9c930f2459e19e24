import { Badge, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { Candidate } from '../../../../shared/contracts';
import type { MatchingText } from './useMatchingText';

interface CandidateTableProps {
  text: MatchingText;
  candidates: Candidate[];
  mayDock: boolean;
  mayExempt: boolean;
  onDock: (candidate: Candidate) => void;
  onExempt: (candidate: Candidate) => void;
}

const CLASS_BADGE = { must: 'danger', priority: 'warning', encouraged: 'success' } as const;

/** Why a candidate ranked where it did: the words found, then category, region and rating fit. */
const Reasons = ({ text, candidate }: { text: MatchingText; candidate: Candidate }) => {
  const { reasons } = candidate;
  // Table cells do not wrap by default; the reasons do, so the actions stay in view.
  return (
    <Flex direction="column" alignItems="stretch" gap={1} maxWidth="320px" style={{ whiteSpace: 'normal' }}>
      <Flex gap={1} wrap="wrap">
        {reasons.matchedTerms.map((term) => (
          <Badge key={term} size="S">
            {term}
          </Badge>
        ))}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {[
          text.category(reasons.category),
          text.region(reasons.region),
          text.rating(reasons.rating),
          text.t('matching.reason.coverage', 'terms covered {share}', { share: text.percent(reasons.coverage) }),
        ].join(' · ')}
      </Typography>
    </Flex>
  );
};

/** The ranked candidates of a demand with their reasons and what the caller may do with each. */
export const CandidateTable = ({ text, candidates, mayDock, mayExempt, onDock, onExempt }: CandidateTableProps) => {
  const { t } = text;
  return (
    <Table colCount={5} rowCount={candidates.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('matching.col.rank', '#')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.candidate', 'Candidate')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.score', 'Score')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.reasons', 'Why')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('matching.col.actions', 'Actions')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {candidates.map((candidate, index) => (
          <Tr key={`${candidate.kind}-${candidate.documentId}`}>
            <Td>
              <Typography fontWeight="bold">{index + 1}</Typography>
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Flex gap={2} alignItems="center">
                  <Typography fontWeight="semiBold">{candidate.title}</Typography>
                  {candidate.reasons.supplierClass && (
                    <Badge size="S" variant={CLASS_BADGE[candidate.reasons.supplierClass]}>
                      {text.supplierClass(candidate.reasons.supplierClass)}
                    </Badge>
                  )}
                </Flex>
                <Typography variant="pi" textColor="neutral600">
                  {[text.kind(candidate.kind), candidate.supplierUnit?.name].filter(Boolean).join(' · ')}
                </Typography>
              </Flex>
            </Td>
            <Td>
              <Typography fontWeight="bold">{text.score(candidate.score)}</Typography>
            </Td>
            <Td>
              <Reasons text={text} candidate={candidate} />
            </Td>
            <Td>
              <Flex direction="column" alignItems="stretch" gap={1}>
                {mayDock && (
                  <Button size="S" onClick={() => onDock(candidate)}>
                    {t('matching.dock', 'Start docking')}
                  </Button>
                )}
                {mayExempt && candidate.kind === 'catalogue-entry' && (
                  <Button size="S" variant="tertiary" onClick={() => onExempt(candidate)}>
                    {t('matching.exemption', 'Request exemption')}
                  </Button>
                )}
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
